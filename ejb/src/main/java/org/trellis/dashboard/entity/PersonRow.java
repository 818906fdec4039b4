package org.trellis.dashboard.entity;

import java.io.Serializable;
import org.trellis.framework.entity.TrackKind;

/** One person in a dashboard list: who, where, and where they stand on the ladder; their manager by name and number. */
public record PersonRow(String number, String name, String department, String levelCode, String levelTitle, int band,
        String track, TrackKind trackKind, String manager, String managerNumber) implements Serializable {
}
