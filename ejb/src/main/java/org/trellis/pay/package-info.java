/**
 * Individual pay and the parity report (issue 14): a person's effective-dated base pay and their
 * sex as recorded for pay reporting, seen only by the person, their HR partner and ADMIN; the pay
 * parity policy; and the report that compares the tracks of each band (pay and progression).
 * Pay ranges belong to the framework version ({@code org.trellis.framework.entity.PayRange}).
 */
package org.trellis.pay;
