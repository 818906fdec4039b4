package org.trellis.assessment.control;

import java.io.Serializable;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.TrackKind;

/** A level as a next step names it: code, title, band and its track. */
public record LevelRef(String code, String title, int band, String track, String trackName, TrackKind trackKind)
        implements Serializable {

    public static LevelRef of(Level level) {
        return level == null ? null : new LevelRef(level.getCode(), level.getTitle(), level.getBand(),
                level.getTrack().getCode(), level.getTrack().getName(), level.getTrack().getKind());
    }
}
