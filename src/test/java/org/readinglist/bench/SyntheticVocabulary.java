package org.readinglist.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Word lists for synthetic engineering-blog articles, and the tag, company and author names built from them. */
final class SyntheticVocabulary {

    static final int COMPANY_COUNT = 200;

    static final String[] TITLE_OPENERS = {
        "How we", "Why we", "Lessons from", "Building", "Scaling", "Inside", "Migrating", "Rethinking",
        "A tour of", "Debugging", "What we learned from", "Introducing", "Towards", "Operating", "Designing",
        "Measuring", "Testing", "Automating", "Simplifying", "Securing", "Optimizing", "Evolving",
    };

    static final String[] SUMMARY_OPENERS = {
        "We describe", "This post explains", "A look at", "We share", "The team walks through", "We explain",
        "How the platform team built", "An overview of", "We compare", "This article covers", "We present",
        "Notes on", "The story of", "We outline", "A deep dive into", "We report on",
    };

    static final String[] CONNECTORS = {
        "with", "for", "at", "in", "and", "on", "across", "without", "from", "into", "behind", "over",
    };

    static final String[] ADJECTIVES = {
        "distributed", "scalable", "resilient", "incremental", "real-time", "streaming", "serverless", "adaptive",
        "automated", "consistent", "eventual", "multi-region", "low-latency", "high-throughput", "fault-tolerant",
        "idempotent", "immutable", "declarative", "lightweight", "zero-downtime", "cost-efficient", "secure",
        "observable", "reproducible", "hermetic", "asynchronous", "concurrent", "parallel", "lazy", "cached",
        "sharded", "replicated", "partitioned", "versioned", "typed", "federated", "centralized", "decentralized",
        "global", "regional", "internal", "open-source", "legacy", "modern", "unified", "modular", "reactive",
        "predictive", "personalized", "large-scale", "petabyte-scale", "cloud-native", "on-call", "end-to-end",
        "self-service", "schema-aware", "probabilistic", "deterministic", "offline", "online", "interactive",
    };

    static final String[] NOUNS = {
        "pipeline", "pipelines", "service", "services", "platform", "cluster", "clusters", "database", "databases",
        "cache", "caches", "queue", "queues", "scheduler", "schedulers", "workflow", "workflows", "deployment",
        "deployments", "rollout", "rollouts", "migration", "migrations", "outage", "outages", "incident",
        "incidents", "postmortem", "latency", "throughput", "availability", "reliability", "capacity", "cost",
        "costs", "storage", "compute", "network", "networks", "traffic", "load", "balancer", "balancers", "proxy",
        "gateway", "API", "APIs", "schema", "schemas", "index", "indexes", "search", "ranking", "recommendations",
        "model", "models", "training", "inference", "features", "embeddings", "experiments", "metrics", "logs",
        "traces", "dashboards", "alerts", "monitoring", "observability", "testing", "tests", "builds", "compiler",
        "compilers", "runtime", "runtimes", "containers", "orchestration", "configuration", "secrets", "identity",
        "authentication", "authorization", "encryption", "privacy", "compliance", "governance", "lineage",
        "catalog", "warehouse", "lakehouse", "events", "streams", "topics", "partitions", "replication",
        "consensus", "leader", "election", "snapshots", "backups", "recovery", "failover", "sharding", "tenancy",
        "isolation", "quotas", "limits", "retries", "timeouts", "backpressure", "batching", "compaction",
        "serialization", "encoding", "video", "audio", "images", "playback", "streaming", "edge", "CDN", "mobile",
        "clients", "frontend", "backend", "monorepo", "tooling", "productivity", "developers", "engineers",
        "teams", "on-call", "runbooks", "automation", "infrastructure", "fleet", "hosts", "nodes", "GPUs",
        "accelerators", "memory", "allocation", "heaps", "pauses", "threads", "coroutines", "queries",
        "transactions", "locks", "contention", "hotspots", "benchmarks", "profiling", "regressions", "bugs",
        "flakiness", "releases", "versions", "dependencies", "packages", "artifacts", "registries", "permissions",
        "data", "datasets", "labels", "annotations", "signals", "anomalies", "forecasting", "billing", "payments",
        "checkout", "notifications", "messaging", "chat", "feeds", "timelines", "maps", "routing", "pricing",
    };

    static final String[] TECHNOLOGIES = {
        "Kafka", "Kubernetes", "PostgreSQL", "MySQL", "Cassandra", "Redis", "Memcached", "Elasticsearch", "Spark",
        "Flink", "Airflow", "Presto", "Trino", "Iceberg", "Parquet", "Arrow", "gRPC", "GraphQL", "Envoy", "Istio",
        "Terraform", "Bazel", "Gradle", "Rust", "Go", "Java", "Kotlin", "Python", "TypeScript", "React",
        "WebAssembly", "Linux", "eBPF", "JVM", "LLVM", "Prometheus", "OpenTelemetry", "Grafana", "S3", "DynamoDB",
        "Spanner", "ZooKeeper", "etcd", "Raft", "Paxos", "CUDA", "PyTorch", "TensorFlow", "LLMs", "Docker",
        "Nginx", "HTTP/3", "QUIC", "TLS", "OAuth", "Vault", "Consul", "Nomad", "ClickHouse", "Druid", "Pinot",
        "RocksDB", "SQLite", "Hadoop", "Hive", "Swift", "Android", "iOS", "Node.js", "Scala",
    };

    static final String[] SUMMARY_VERBS = {
        "reduced", "improved", "replaced", "rebuilt", "scaled", "simplified", "measured", "automated", "tuned",
        "migrated", "secured", "debugged", "redesigned", "unified", "split", "cached", "sharded", "monitored",
        "tested", "shipped", "retired", "profiled", "benchmarked", "hardened", "stabilized", "accelerated",
    };

    /** The most common tags first: a Zipf rank is an index into the pool built from these. */
    static final String[] TAG_STEMS = {
        "distributed-systems", "machine-learning", "kubernetes", "observability", "kafka", "microservices",
        "databases", "performance", "reliability", "data-engineering", "security", "streaming", "ml-systems",
        "infrastructure", "testing", "frontend", "api-design", "caching", "postgres", "ci-cd", "sre",
        "incident-response", "mobile", "search", "recommendations", "experimentation", "networking", "storage",
        "cloud-cost", "aws", "terraform", "serverless", "rust", "go", "java", "python", "jvm", "compilers",
        "developer-productivity", "build-systems", "monorepo", "chaos-engineering", "consensus",
        "real-time-systems", "data-quality", "privacy", "llm", "gpu", "feature-flags", "service-mesh", "logging",
        "tracing", "metrics", "batch-processing", "schema-evolution", "graphql", "grpc", "react", "ios", "android",
        "video-encoding", "cdn", "ab-testing",
    };

    static final String[] TAG_SUFFIXES = {
        "internals", "at-scale", "migration", "patterns", "testing", "performance", "security", "tooling",
        "operations", "architecture", "cost", "reliability", "platform", "debugging", "benchmarks",
        "best-practices", "observability", "automation", "tuning", "case-study",
    };

    static final String[] COMPANY_WORDS = {
        "Acme", "Northwind", "Globex", "Initech", "Umbra", "Bluefin", "Cobalt", "Driftwood", "Evergreen", "Foxglove",
        "Granite", "Harbor", "Ironclad", "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orchard", "Pinecone",
        "Quartz", "Redwood", "Sierra", "Tidal", "Copperleaf", "Vertex", "Willow", "Xenon", "Yellowtail", "Zephyr",
        "Aurora", "Beacon", "Cascade", "Delta", "Ember", "Falcon", "Glacier", "Helix", "Indigo", "Jasper",
    };

    static final String[] COMPANY_KINDS = {
        "Engineering", "Labs", "Systems", "Cloud", "Data", "Technologies", "Software", "Networks",
    };

    static final String[] FIRST_NAMES = {
        "Ada", "Alan", "Amara", "Ana", "Andrei", "Anika", "Arjun", "Ben", "Bianca", "Carlos", "Chen", "Chloe",
        "Daniel", "Divya", "Elena", "Emeka", "Erik", "Fatima", "Felix", "Grace", "Hana", "Hiroshi", "Ibrahim",
        "Ines", "Ivan", "Jamal", "Jia", "Jonas", "Julia", "Kai", "Kateryna", "Kofi", "Laura", "Leila", "Liam",
        "Lucia", "Marco", "Maria", "Mei", "Mohammed", "Nadia", "Niamh", "Nikhil", "Olga", "Omar", "Pablo", "Priya",
        "Rafael", "Ravi", "Rosa", "Sam", "Sara", "Sven", "Tariq", "Tomas", "Valentina", "Wei", "Yara", "Yusuf",
        "Zoe",
    };

    static final String[] LAST_NAMES = {
        "Abebe", "Agarwal", "Andersen", "Baker", "Bianchi", "Brown", "Castillo", "Chen", "Costa", "Dubois", "Eze",
        "Fischer", "Garcia", "Gupta", "Hansen", "Haddad", "Hughes", "Ibrahim", "Ivanova", "Jensen", "Kang", "Khan",
        "Kim", "Kowalski", "Lee", "Lopez", "Martin", "Mensah", "Meyer", "Morales", "Murphy", "Nakamura", "Nguyen",
        "Novak", "Okafor", "Olsen", "Park", "Patel", "Petrov", "Quinn", "Rahman", "Rossi", "Santos", "Schmidt",
        "Silva", "Singh", "Sato", "Tanaka", "Torres", "Tran", "Van Dijk", "Wagner", "Walsh", "Wang", "Weber",
        "Wilson", "Wong", "Yilmaz", "Zhang", "Zimmermann",
    };

    private SyntheticVocabulary() {
    }

    /**
     * {@code size} distinct lower-case kebab-case tags: the stems, then each stem with a suffix ("kafka-internals"),
     * then numbered variants ("kafka-internals-2") as far as needed. Round by round, so low ranks are the plain stems.
     */
    static List<String> tagPool(int size) {
        Set<String> tags = new LinkedHashSet<>();
        for (int round = 0; tags.size() < size; round++) {
            for (String stem : TAG_STEMS) {
                if (tags.size() == size) {
                    break;
                }
                if (round == 0) {
                    tags.add(stem);
                    continue;
                }
                String suffix = TAG_SUFFIXES[(round - 1) % TAG_SUFFIXES.length];
                int number = (round - 1) / TAG_SUFFIXES.length + 1;
                if (!stem.endsWith(suffix)) {
                    tags.add(stem + "-" + suffix + (number > 1 ? "-" + number : ""));
                }
            }
        }
        return List.copyOf(tags);
    }

    /** {@value #COMPANY_COUNT} distinct names such as "Acme Engineering": each word goes with five kinds. */
    static List<String> companies() {
        List<String> companies = new ArrayList<>(COMPANY_COUNT);
        for (int i = 0; i < COMPANY_COUNT; i++) {
            int word = i % COMPANY_WORDS.length;
            int round = i / COMPANY_WORDS.length;
            companies.add(COMPANY_WORDS[word] + " " + COMPANY_KINDS[(word + round) % COMPANY_KINDS.length]);
        }
        return List.copyOf(companies);
    }

    /** Every first name with every last name, so that articles share the name strings. */
    static List<String> authors() {
        List<String> authors = new ArrayList<>(FIRST_NAMES.length * LAST_NAMES.length);
        for (String first : FIRST_NAMES) {
            for (String last : LAST_NAMES) {
                authors.add(first + " " + last);
            }
        }
        return List.copyOf(authors);
    }

    /** Lower-case ASCII letters and digits, runs of anything else as one "-"; no regex, it runs per article. */
    static String slug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }
}
