// One browser test class at a time: two Chromium pages and two sites on two cores made navigations time out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
