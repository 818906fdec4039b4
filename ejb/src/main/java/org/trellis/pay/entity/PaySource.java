package org.trellis.pay.entity;

/** Where a pay record came from: HR's roster import, or an approved request taking effect. */
public enum PaySource {
    ROSTER,
    REQUEST
}
