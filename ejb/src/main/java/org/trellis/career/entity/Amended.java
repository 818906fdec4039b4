package org.trellis.career.entity;

import java.util.List;

/**
 * What an amendment did: the terms it changed (old and new) and the sign-offs whose approval it took
 * back, whose parties are asked to sign again.
 */
public record Amended(List<TermChange> changes, List<SignOff> askedAgain) {
}
