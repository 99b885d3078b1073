package org.jianding.app.questions;

/** An existing question whose stem reads almost like the one being saved or imported. */
public record NearDuplicate(long questionId, String stemText, double similarity) {}
