/**
 * Career frameworks: dual-track ladders whose levels share equally senior bands, the competencies
 * and the expectations matrix, kept in versions (DRAFT, PUBLISHED, RETIRED) that HR writes in Excel.
 */
package org.trellis.framework;
