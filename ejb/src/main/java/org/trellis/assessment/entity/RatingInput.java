package org.trellis.assessment.entity;

import java.io.Serializable;

/**
 * What someone says of one competency: its code, the rating (null: not rated) and the evidence.
 * Read from a form or a request body; judged by {@link Assessment}.
 */
public record RatingInput(String competency, Rating rating, String evidence) implements Serializable {
}
