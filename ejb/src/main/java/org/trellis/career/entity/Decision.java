package org.trellis.career.entity;

/** One party's answer: yes; no (ends the request); not yet (pauses it, with a reason). */
public enum Decision {
    APPROVE, REJECT, HOLD
}
