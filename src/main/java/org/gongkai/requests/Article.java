package org.gongkai.requests;

/**
 * The provisions of the 条例 a reply or closure rests on; the message bundle gives each its citation
 * ({@code article.*}, e.g. 第三十六条第（二）项).
 */
public enum Article {
    A14,
    A15,
    A16_1,
    A16_2,
    A30,
    A33,
    A35,
    A36_1,
    A36_2,
    A36_3,
    A36_4,
    A36_5,
    A36_6,
    A36_7,
    A37,
    A38,
    A39_1,
    A39_2,
    A42
}
