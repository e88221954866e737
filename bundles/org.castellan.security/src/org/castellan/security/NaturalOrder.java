package org.castellan.security;

import java.util.Comparator;

/**
 * Names in the order a person expects: letter case ignored, and runs of digits compared as numbers,
 * so that C2 comes before C10 and C100 (a plain string order gives C1, C10, C100, C2). Names equal
 * but for letter case or leading zeros keep a stable order by their plain text.
 *
 * @since 0.1
 */
public final class NaturalOrder implements Comparator<String> {

    /** The one instance: the order has no state. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int numbers = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (numbers != 0) {
                    return numbers;
                }
                i = endA;
                j = endB;
            } else {
                int letters = Character.compare(Character.toLowerCase(Character.toUpperCase(x)), Character.toLowerCase(Character.toUpperCase(y)));
                if (letters != 0) {
                    return letters;
                }
                i++;
                j++;
            }
        }
        int lengths = Integer.compare(a.length() - i, b.length() - j);
        return lengths != 0 ? lengths : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Two runs of digits by their value, however long: leading zeros left out, then the longer is greater. */
    private static int compareNumbers(String a, String b) {
        String x = stripZeros(a);
        String y = stripZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }
}
