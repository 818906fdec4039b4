/**
 * Department conversations: a director (the head of a department or a director above them), the
 * department's HR partner or ADMIN keeps a recurring schedule of conversations with the people the
 * department's work affects, inside or outside it; records each held conversation with its date,
 * participants, findings (about the department's work, never grades of individuals) and follow-up
 * actions with owners and due dates; and sees which departments are overdue and which actions are
 * open. An action's owner sees their own actions and closes them.
 */
package org.trellis.conversation;
