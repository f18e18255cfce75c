// Hangfire keeps process-wide state (filters, type resolver); hosts in this assembly run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
