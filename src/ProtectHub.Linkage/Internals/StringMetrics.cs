using System.Buffers;

namespace ProtectHub.Linkage.Internals;

/// <summary>Allocation-free string similarity measures used on the hot path.</summary>
internal static class StringMetrics
{
    private const int StackLimit = 256;

    /// <summary>Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 prefix characters).</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= 0.7)
        {
            return jaro;
        }
        var prefix = 0;
        var max = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + (prefix * 0.1 * (1.0 - jaro));
    }

    /// <summary>
    /// A cheap upper bound of <see cref="JaroWinkler"/>: Jaro matches cannot exceed the characters the strings share,
    /// and the prefix bonus uses the actual common prefix. Lets callers skip the full computation for dissimilar pairs.
    /// </summary>
    public static double JaroWinklerUpperBound(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1.0 : 0.0;
        }
        Span<short> counts = stackalloc short[64];
        counts.Clear();
        foreach (var c in a)
        {
            counts[c & 63]++;
        }
        var common = 0;
        foreach (var c in b)
        {
            ref var slot = ref counts[c & 63];
            if (slot > 0)
            {
                slot--;
                common++;
            }
        }
        if (common == 0)
        {
            return 0.0;
        }
        var jaro = (((double)common / a.Length) + ((double)common / b.Length) + 1.0) / 3.0;
        var prefix = 0;
        var max = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + (prefix * 0.1 * (1.0 - jaro));
    }

    /// <summary>Jaro similarity in [0, 1].</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length <= 64 && b.Length <= 64 && a.Length > 0 && b.Length > 0 && !a.ContainsAnyExceptInRange((char)0, (char)127) && !b.ContainsAnyExceptInRange((char)0, (char)127))
        {
            return JaroBitParallel(a, b);
        }
        return JaroReference(a, b);
    }

    /// <summary>
    /// Jaro for short ASCII strings with one 64-bit position mask per character: each match is a lowest-set-bit lookup
    /// instead of a window scan. Gives exactly the same matches as <see cref="JaroReference"/> (lowest free position).
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static double JaroBitParallel(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 1.0;
        }
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        Span<ulong> masks = stackalloc ulong[128];
        foreach (var c in a)
        {
            masks[c] = 0;
        }
        for (var j = 0; j < b.Length; j++)
        {
            masks[b[j]] = 0;
        }
        for (var j = 0; j < b.Length; j++)
        {
            masks[b[j]] |= 1UL << j;
        }
        var window = Math.Max(0, (b.Length / 2) - 1);
        ulong usedB = 0;
        ulong matchedA = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            if (lo > hi)
            {
                continue;
            }
            var width = hi - lo + 1;
            var range = (width == 64 ? ulong.MaxValue : ((1UL << width) - 1)) << lo;
            var candidates = masks[a[i]] & range & ~usedB;
            if (candidates != 0)
            {
                usedB |= candidates & (~candidates + 1);
                matchedA |= 1UL << i;
                matches++;
            }
        }
        if (matches == 0)
        {
            return 0.0;
        }
        var transpositions = 0;
        var ma = matchedA;
        var mb = usedB;
        while (ma != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(ma);
            var j = System.Numerics.BitOperations.TrailingZeroCount(mb);
            if (a[i] != b[j])
            {
                transpositions++;
            }
            ma &= ma - 1;
            mb &= mb - 1;
        }
        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2)) / m)) / 3.0;
    }

    /// <summary>Jaro similarity by the textbook window scan (any length, any characters).</summary>
    public static double JaroReference(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return 0.0;
        }
        if (a.SequenceEqual(b))
        {
            return 1.0;
        }
        // Symmetric by construction: always scan the shorter string against the longer one.
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        bool[]? rentedA = null;
        bool[]? rentedB = null;
        var flagsA = a.Length <= StackLimit ? stackalloc bool[a.Length] : (rentedA = ArrayPool<bool>.Shared.Rent(a.Length)).AsSpan(0, a.Length);
        var flagsB = b.Length <= StackLimit ? stackalloc bool[b.Length] : (rentedB = ArrayPool<bool>.Shared.Rent(b.Length)).AsSpan(0, b.Length);
        flagsA.Clear();
        flagsB.Clear();
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            for (var j = start; j <= end; j++)
            {
                if (!flagsB[j] && a[i] == b[j])
                {
                    flagsA[i] = true;
                    flagsB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        double result;
        if (matches == 0)
        {
            result = 0.0;
        }
        else
        {
            var transpositions = 0;
            var k = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (!flagsA[i])
                {
                    continue;
                }
                while (!flagsB[k])
                {
                    k++;
                }
                if (a[i] != b[k])
                {
                    transpositions++;
                }
                k++;
            }
            double m = matches;
            result = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2)) / m)) / 3.0;
        }
        if (rentedA is not null)
        {
            ArrayPool<bool>.Shared.Return(rentedA);
        }
        if (rentedB is not null)
        {
            ArrayPool<bool>.Shared.Return(rentedB);
        }
        return result;
    }

    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and adjacent
    /// transpositions). Stops early and returns <paramref name="max"/> + 1 once the distance must exceed <paramref name="max"/>.
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue)
    {
        if (max < 0)
        {
            max = int.MaxValue;
        }
        // Common prefix and suffix never change the distance.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0)
        {
            return Math.Min(b.Length, max == int.MaxValue ? b.Length : max + 1);
        }
        if (b.Length == 0)
        {
            return Math.Min(a.Length, max == int.MaxValue ? a.Length : max + 1);
        }
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        var cols = b.Length + 1;
        int[]? rented = null;
        var rows = cols * 3 <= StackLimit ? stackalloc int[cols * 3] : (rented = ArrayPool<int>.Shared.Rent(cols * 3)).AsSpan(0, cols * 3);
        var prev2 = rows[..cols];
        var prev = rows.Slice(cols, cols);
        var cur = rows.Slice(cols * 2, cols);
        // Only cells within max of the diagonal can lead to a distance <= max (Ukkonen's band); the rest stay "infinite".
        const int Inf = int.MaxValue / 4;
        var band = max >= cols + a.Length ? cols + a.Length : max;
        prev2.Fill(Inf);
        for (var j = 0; j < cols; j++)
        {
            prev[j] = j <= band ? j : Inf;
        }
        var result = -1;
        for (var i = 1; i <= a.Length; i++)
        {
            var lo = Math.Max(1, i - band);
            var hi = Math.Min(b.Length, i + band);
            cur[lo - 1] = lo == 1 && i <= band ? i : Inf;
            if (hi + 1 < cols)
            {
                cur[hi + 1] = Inf;
            }
            var rowMin = Inf;
            var ai = a[i - 1];
            for (var j = lo; j <= hi; j++)
            {
                var cost = ai == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                if (v < rowMin)
                {
                    rowMin = v;
                }
            }
            if (rowMin > max)
            {
                result = max + 1;
                break;
            }
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        if (result < 0)
        {
            result = prev[cols - 1];
            if (result > max)
            {
                result = max + 1;
            }
        }
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }
        return result;
    }

    /// <summary>American Soundex code (letter + 3 digits) of the letters in <paramref name="s"/>; empty if no letters.</summary>
    public static string Soundex(ReadOnlySpan<char> s)
    {
        Span<char> code = stackalloc char[4];
        var n = 0;
        var last = '\0';
        foreach (var raw in s)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is < 'a' or > 'z')
            {
                continue;
            }
            var digit = c switch
            {
                'b' or 'f' or 'p' or 'v' => '1',
                'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
                'd' or 't' => '3',
                'l' => '4',
                'm' or 'n' => '5',
                'r' => '6',
                'h' or 'w' => '-',
                _ => '0',
            };
            if (n == 0)
            {
                code[n++] = char.ToUpperInvariant(c);
                last = digit;
                continue;
            }
            if (digit == '-')
            {
                continue;
            }
            if (digit != '0' && digit != last)
            {
                code[n++] = digit;
                if (n == 4)
                {
                    break;
                }
            }
            last = digit;
        }
        if (n == 0)
        {
            return string.Empty;
        }
        while (n < 4)
        {
            code[n++] = '0';
        }
        return new string(code);
    }
}
