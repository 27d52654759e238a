using System.Runtime.CompilerServices;

// Detectors use stackalloc buffers they fill before reading; zeroing them on every check cost more than the check.
[module: SkipLocalsInit]
