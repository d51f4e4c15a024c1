"""Helpers of the bench scripts that time the site's JSON API (article-links.sh, compare.sh, passage-search.sh)."""
import json, os, statistics, time, urllib.request


def get(url, path):
    """The JSON body of one GET."""
    with urllib.request.urlopen(url + path) as r:
        return json.load(r)


def timed(url, path):
    """Milliseconds one GET takes, and its JSON body."""
    start = time.perf_counter()
    body = get(url, path)
    return (time.perf_counter() - start) * 1000, body


def medians(url, paths, runs=3):
    """Each path's median milliseconds over the runs (each run times every path once), sorted."""
    times = {p: [] for p in paths}
    for _ in range(runs):
        for p in paths:
            times[p].append(timed(url, p)[0])
    return sorted(statistics.median(t) for t in times.values())


def spread(times):
    """The median, p90 and max of sorted milliseconds."""
    return dict(ms_median=round(statistics.median(times), 1), ms_p90=round(times[int(0.9 * (len(times) - 1))], 1), ms_max=round(times[-1], 1))


def sitting():
    """When and on what machine: the load, the time and the cores."""
    return dict(load1=os.getloadavg()[0], at=time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), cores=os.cpu_count())
