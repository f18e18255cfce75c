// Each test starts gateway processes and PostgreSQL clusters; on two cores they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
