package org.readinglist.bench;

import java.util.SplittableRandom;

/**
 * Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1)^exponent, by binary search over the
 * precomputed cumulative weights: O(log size) per draw.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int size, double exponent) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            // StrictMath: the same weights, and so the same files, on every JVM and CPU
            sum += 1.0 / StrictMath.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    int sample(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
