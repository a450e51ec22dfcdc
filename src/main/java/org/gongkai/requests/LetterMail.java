package org.gongkai.requests;

import java.time.LocalDate;

/** A letter sent by registered mail: its mail number and the day it was posted. */
public record LetterMail(long letterId, String mailNumber, LocalDate postedOn, String recordedBy) {}
