package org.trellis.pay.entity;

/** Sex as recorded for pay reporting (Directive (EU) 2023/970); not recorded is the absence of a value. */
public enum Sex {
    F,
    M,
    X
}
