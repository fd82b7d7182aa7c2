using System.Runtime.InteropServices;

namespace KpiLang.Benchmarks;

/// <summary>
/// CPU time used by finished child processes (getrusage RUSAGE_CHILDREN), since .NET cannot report it for a
/// process that has exited. Zero where the call is unavailable.
/// </summary>
internal static class ChildCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal { public long Seconds; public long Microseconds; }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal User;
        public TimeVal System;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)] public long[] Rest;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, ref RUsage usage);

    public static TimeSpan Total()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        var usage = new RUsage { Rest = new long[14] };
        if (getrusage(-1, ref usage) != 0) return TimeSpan.Zero;
        static double Seconds(TimeVal t) => t.Seconds + t.Microseconds / 1e6;
        return TimeSpan.FromSeconds(Seconds(usage.User) + Seconds(usage.System));
    }
}
