using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Krat.Benchmarks.Load;

/// <summary>
/// A small bounded HTTP load client for the demo site on loopback: at most <c>requests</c> GETs with
/// <c>concurrency</c> workers, stopped after <c>seconds</c> whatever happens; reports requests per second and
/// latency percentiles. Refuses any address that is not loopback.
/// </summary>
public static class LoadClient
{
    public static async Task<int> RunAsync(Uri url, int requests, int concurrency, int seconds, int warmup, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(output);
        if (!url.IsLoopback)
        {
            output.WriteLine($"Refusing {url}: only loopback addresses are load-tested.");
            return 2;
        }

        requests = Math.Clamp(requests, 1, 100_000);
        concurrency = Math.Clamp(concurrency, 1, 64);
        seconds = Math.Clamp(seconds, 1, 300);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        // A signed-in page (the Record page of a meeting) is loaded with the sign-in cookie the script got by logging in.
        if (Environment.GetEnvironmentVariable("KRAT_LOAD_COOKIE") is { Length: > 0 } cookie)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        for (var i = 0; i < warmup; i++)
        {
            using var response = await client.GetAsync(url);
            _ = await response.Content.ReadAsByteArrayAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (!deadline.IsCancellationRequested && Interlocked.Increment(ref next) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, deadline.Token);
                    _ = await response.Content.ReadAsByteArrayAsync(deadline.Token);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        if (all.Length == 0)
        {
            output.WriteLine("No request completed.");
            return 1;
        }

        double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {url.PathAndQuery} | {all.Length} | {concurrency} | {clock.Elapsed.TotalSeconds:F1} | {all.Length / clock.Elapsed.TotalSeconds:F0} | {Percentile(0.50):F1} | {Percentile(0.90):F1} | {Percentile(0.99):F1} | {errors} |"));
        return errors == 0 ? 0 : 1;
    }
}
