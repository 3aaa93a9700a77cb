// JSON schemas for the custom resources of the manifests, which the Kubernetes schemas do not cover: the
// CloudNativePG Cluster and ScheduledBackup, and the Barman Cloud plugin's ObjectStore. They are written by hand from
// the operators' API references and cover what an overlay may use: required fields and their types, and the list
// of known fields at the levels we write (a misspelt field fails instead of being ignored by the operator). When an
// overlay needs a field that is missing here, add it from the operator's API reference.

const quantity = { anyOf: [{ type: "string", pattern: "^[0-9.]+([eE][0-9]+|[mkMGTPE]i?|[KMGTPE]i)?$" }, { type: "number" }] };
const resources = {
  type: "object",
  additionalProperties: false,
  properties: {
    requests: { type: "object", additionalProperties: quantity },
    limits: { type: "object", additionalProperties: quantity },
    claims: { type: "array" },
  },
};
const secretKeyRef = {
  type: "object",
  required: ["name", "key"],
  additionalProperties: false,
  properties: { name: { type: "string", minLength: 1 }, key: { type: "string", minLength: 1 } },
};
const metadata = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 50 },
    namespace: { type: "string" },
    labels: { type: "object", additionalProperties: { type: "string" } },
    annotations: { type: "object", additionalProperties: { type: "string" } },
  },
};
const storage = {
  type: "object",
  additionalProperties: false,
  properties: {
    size: { type: "string", pattern: "^[0-9]+(Mi|Gi|Ti)$" },
    storageClass: { type: "string" },
    resizeInUseVolumes: { type: "boolean" },
    pvcTemplate: { type: "object" },
  },
  anyOf: [{ required: ["size"] }, { required: ["pvcTemplate"] }],
};
const barmanObjectStoreConfiguration = {
  type: "object",
  required: ["destinationPath"],
  additionalProperties: false,
  properties: {
    destinationPath: { type: "string", pattern: "^(s3|gs|https?)://" },
    endpointURL: { type: "string" },
    endpointCA: secretKeyRef,
    serverName: { type: "string" },
    s3Credentials: {
      type: "object",
      additionalProperties: false,
      properties: {
        accessKeyId: secretKeyRef,
        secretAccessKey: secretKeyRef,
        sessionToken: secretKeyRef,
        region: secretKeyRef,
        inheritFromIAMRole: { type: "boolean" },
      },
    },
    azureCredentials: { type: "object" },
    googleCredentials: { type: "object" },
    wal: {
      type: "object",
      additionalProperties: false,
      properties: {
        compression: { enum: ["bzip2", "gzip", "lz4", "snappy", "xz", "zstd"] },
        encryption: { enum: ["AES256", "aws:kms"] },
        maxParallel: { type: "integer", minimum: 1 },
        archiveAdditionalCommandArgs: { type: "array", items: { type: "string" } },
        restoreAdditionalCommandArgs: { type: "array", items: { type: "string" } },
      },
    },
    data: {
      type: "object",
      additionalProperties: false,
      properties: {
        compression: { enum: ["bzip2", "gzip", "lz4", "snappy", "xz", "zstd"] },
        encryption: { enum: ["AES256", "aws:kms"] },
        jobs: { type: "integer", minimum: 1 },
        immediateCheckpoint: { type: "boolean" },
        additionalCommandArgs: { type: "array", items: { type: "string" } },
      },
    },
    tags: { type: "object", additionalProperties: { type: "string" } },
    historyTags: { type: "object", additionalProperties: { type: "string" } },
  },
};

const cluster = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    metadata,
    spec: {
      type: "object",
      required: ["instances", "storage"],
      additionalProperties: false,
      properties: {
        instances: { type: "integer", minimum: 1 },
        imageName: { type: "string", minLength: 1 },
        imageCatalogRef: { type: "object" },
        imagePullPolicy: { enum: ["Always", "IfNotPresent", "Never"] },
        imagePullSecrets: { type: "array" },
        description: { type: "string" },
        inheritedMetadata: { type: "object" },
        primaryUpdateStrategy: { enum: ["supervised", "unsupervised"] },
        primaryUpdateMethod: { enum: ["switchover", "restart"] },
        minSyncReplicas: { type: "integer", minimum: 0 },
        maxSyncReplicas: { type: "integer", minimum: 0 },
        bootstrap: {
          type: "object",
          additionalProperties: false,
          properties: {
            initdb: {
              type: "object",
              additionalProperties: false,
              properties: {
                database: { type: "string", minLength: 1 },
                owner: { type: "string", minLength: 1 },
                secret: { type: "object", required: ["name"] },
                encoding: { type: "string" },
                localeCollate: { type: "string" },
                localeCType: { type: "string" },
                dataChecksums: { type: "boolean" },
                postInitSQL: { type: "array", items: { type: "string" } },
                postInitApplicationSQL: { type: "array", items: { type: "string" } },
                postInitApplicationSQLRefs: { type: "object" },
              },
            },
            recovery: { type: "object" },
            pg_basebackup: { type: "object" },
          },
        },
        postgresql: {
          type: "object",
          additionalProperties: false,
          properties: {
            parameters: { type: "object", additionalProperties: { type: "string" } },
            pg_hba: { type: "array", items: { type: "string" } },
            pg_ident: { type: "array", items: { type: "string" } },
            shared_preload_libraries: { type: "array", items: { type: "string" } },
            synchronous: {
              type: "object",
              required: ["method", "number"],
              additionalProperties: false,
              properties: {
                method: { enum: ["any", "first"] },
                number: { type: "integer", minimum: 1 },
                dataDurability: { enum: ["required", "preferred"] },
                maxStandbyNamesFromCluster: { type: "integer" },
                standbyNamesPre: { type: "array" },
                standbyNamesPost: { type: "array" },
              },
            },
            extensions: { type: "array" },
            ldap: { type: "object" },
            promotionTimeout: { type: "integer" },
            enableAlterSystem: { type: "boolean" },
            syncReplicaElectionConstraint: { type: "object" },
          },
        },
        storage,
        walStorage: storage,
        tablespaces: { type: "array" },
        resources,
        affinity: {
          type: "object",
          additionalProperties: false,
          properties: {
            enablePodAntiAffinity: { type: "boolean" },
            topologyKey: { type: "string" },
            podAntiAffinityType: { enum: ["preferred", "required"] },
            nodeSelector: { type: "object" },
            nodeAffinity: { type: "object" },
            tolerations: { type: "array" },
            additionalPodAffinity: { type: "object" },
            additionalPodAntiAffinity: { type: "object" },
          },
        },
        topologySpreadConstraints: { type: "array" },
        priorityClassName: { type: "string" },
        schedulerName: { type: "string" },
        backup: { type: "object" },
        plugins: {
          type: "array",
          items: {
            type: "object",
            required: ["name"],
            additionalProperties: false,
            properties: {
              name: { type: "string", minLength: 1 },
              enabled: { type: "boolean" },
              isWALArchiver: { type: "boolean" },
              parameters: { type: "object", additionalProperties: { type: "string" } },
            },
          },
        },
        monitoring: { type: "object" },
        managed: { type: "object" },
        certificates: { type: "object" },
        superuserSecret: { type: "object", required: ["name"] },
        enableSuperuserAccess: { type: "boolean" },
        enablePDB: { type: "boolean" },
        env: { type: "array" },
        envFrom: { type: "array" },
        ephemeralVolumeSource: { type: "object" },
        ephemeralVolumesSizeLimit: { type: "object" },
        externalClusters: { type: "array" },
        replica: { type: "object" },
        replicationSlots: { type: "object" },
        nodeMaintenanceWindow: { type: "object" },
        logLevel: { enum: ["error", "warning", "info", "debug", "trace"] },
        postgresUID: { type: "integer" },
        postgresGID: { type: "integer" },
        startDelay: { type: "integer" },
        stopDelay: { type: "integer" },
        smartShutdownTimeout: { type: "integer" },
        switchoverDelay: { type: "integer" },
        failoverDelay: { type: "integer" },
        livenessProbeTimeout: { type: "integer" },
        probes: { type: "object" },
        podSecurityContext: { type: "object" },
        securityContext: { type: "object" },
        seccompProfile: { type: "object" },
        serviceAccountTemplate: { type: "object" },
        serviceAccountName: { type: "string" },
        projectedVolumeTemplate: { type: "object" },
      },
    },
  },
};

const scheduledBackup = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    metadata,
    spec: {
      type: "object",
      required: ["schedule", "cluster"],
      additionalProperties: false,
      properties: {
        // six fields, seconds first (robfig/cron), or a descriptor such as @daily
        schedule: { type: "string", pattern: "^(@\\w+|(\\S+\\s+){5}\\S+)$" },
        cluster: { type: "object", required: ["name"], additionalProperties: false, properties: { name: { type: "string" } } },
        suspend: { type: "boolean" },
        immediate: { type: "boolean" },
        backupOwnerReference: { enum: ["none", "self", "cluster"] },
        method: { enum: ["barmanObjectStore", "volumeSnapshot", "plugin"] },
        pluginConfiguration: {
          type: "object",
          required: ["name"],
          additionalProperties: false,
          properties: { name: { type: "string" }, parameters: { type: "object" } },
        },
        target: { enum: ["primary", "prefer-standby"] },
        online: { type: "boolean" },
        onlineConfiguration: { type: "object" },
      },
      if: { properties: { method: { const: "plugin" } }, required: ["method"] },
      then: { required: ["pluginConfiguration"] },
    },
  },
};

const objectStore = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    metadata,
    spec: {
      type: "object",
      required: ["configuration"],
      additionalProperties: false,
      properties: {
        configuration: barmanObjectStoreConfiguration,
        retentionPolicy: { type: "string", pattern: "^[1-9][0-9]*[dwm]$" },
        instanceSidecarConfiguration: { type: "object" },
      },
    },
  },
};

/** Schemas by "apiVersion kind". */
export const crdSchemas = {
  "postgresql.cnpg.io/v1 Cluster": cluster,
  "postgresql.cnpg.io/v1 ScheduledBackup": scheduledBackup,
  "barmancloud.cnpg.io/v1 ObjectStore": objectStore,
};
