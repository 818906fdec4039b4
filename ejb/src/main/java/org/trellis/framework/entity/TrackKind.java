package org.trellis.framework.entity;

/** The two kinds of ladder: the individual-contributor path and the management path. */
public enum TrackKind {
    IC,
    MANAGEMENT
}
