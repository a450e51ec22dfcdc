package org.gongkai.catalog;

/**
 * Why a row of an import would fail: its row number, the column (letter and header, or JSON key; empty when the
 * whole file is concerned) and the reason in words.
 */
public record ImportProblem(int row, String column, String reason) {}
