/** The department conversations page: overview, schedule, recording a conversation, closing actions. */
package org.trellis.web.conversation;
