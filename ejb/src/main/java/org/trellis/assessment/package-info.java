/**
 * Assessments against the matrix: a person and their manager each rate every competency of the
 * person's level as below, meeting or above it ("shows the next level"), with evidence; dated and
 * kept, each keeping the expectations it was judged against. A draft is its author's until shared;
 * the person, everyone above them, their HR partners and ADMIN read what is shared; never a peer.
 * From the latest ratings follow the person's next steps on either track: the next level on their
 * own track, the equally senior level on the other track and the band above it, each with how many
 * of its competencies are already shown ({@code control.NextStepRules}).
 */
package org.trellis.assessment;
