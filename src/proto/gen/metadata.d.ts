import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ruvraft. */
export namespace ruvraft {

    /** Namespace metadata. */
    namespace metadata {

        /** NodeStatus enum. */
        enum NodeStatus {

            /** NODE_STATUS_UNSPECIFIED value */
            NODE_STATUS_UNSPECIFIED = 0,

            /** NODE_STATUS_ONLINE value */
            NODE_STATUS_ONLINE = 1,

            /** NODE_STATUS_SUSPECT value */
            NODE_STATUS_SUSPECT = 2,

            /** NODE_STATUS_OFFLINE value */
            NODE_STATUS_OFFLINE = 3
        }

        /** NodeRole enum. */
        enum NodeRole {

            /** NODE_ROLE_UNSPECIFIED value */
            NODE_ROLE_UNSPECIFIED = 0,

            /** NODE_ROLE_VOTER value */
            NODE_ROLE_VOTER = 1,

            /** NODE_ROLE_LEARNER value */
            NODE_ROLE_LEARNER = 2
        }

        /** DistanceMetric enum. */
        enum DistanceMetric {

            /** DISTANCE_METRIC_UNSPECIFIED value */
            DISTANCE_METRIC_UNSPECIFIED = 0,

            /** DISTANCE_METRIC_EUCLIDEAN value */
            DISTANCE_METRIC_EUCLIDEAN = 1,

            /** DISTANCE_METRIC_COSINE value */
            DISTANCE_METRIC_COSINE = 2,

            /** DISTANCE_METRIC_DOT_PRODUCT value */
            DISTANCE_METRIC_DOT_PRODUCT = 3,

            /** DISTANCE_METRIC_MANHATTAN value */
            DISTANCE_METRIC_MANHATTAN = 4
        }

        /** ShardStatus enum. */
        enum ShardStatus {

            /** SHARD_STATUS_UNSPECIFIED value */
            SHARD_STATUS_UNSPECIFIED = 0,

            /** SHARD_STATUS_ACTIVE value */
            SHARD_STATUS_ACTIVE = 1,

            /** SHARD_STATUS_MIGRATING value */
            SHARD_STATUS_MIGRATING = 2,

            /** SHARD_STATUS_REPLICATING value */
            SHARD_STATUS_REPLICATING = 3,

            /** SHARD_STATUS_OFFLINE value */
            SHARD_STATUS_OFFLINE = 4
        }

        /**
         * Properties of a Label.
         * @deprecated Use ruvraft.metadata.Label.$Properties instead.
         */
        interface ILabel extends ruvraft.metadata.Label.$Properties {
        }

        /** Represents a Label. */
        class Label {

            /**
             * Constructs a new Label.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Label.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Label key. */
            key: string;

            /** Label value. */
            value: string;

            /**
             * Creates a new Label instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Label instance
             */
            static create(properties: ruvraft.metadata.Label.$Shape): ruvraft.metadata.Label & ruvraft.metadata.Label.$Shape;
            static create(properties?: ruvraft.metadata.Label.$Properties): ruvraft.metadata.Label;

            /**
             * Encodes the specified Label message. Does not implicitly {@link ruvraft.metadata.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Label & ruvraft.metadata.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Label & ruvraft.metadata.Label.$Shape;

            /**
             * Gets the type url for Label
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Label {

            /** Properties of a Label. */
            interface $Properties {

                /** Label key */
                key?: (string|null);

                /** Label value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Label. */
            type $Shape = ruvraft.metadata.Label.$Properties;
        }

        /**
         * Properties of a Node.
         * @deprecated Use ruvraft.metadata.Node.$Properties instead.
         */
        interface INode extends ruvraft.metadata.Node.$Properties {
        }

        /** Represents a Node. */
        class Node {

            /**
             * Constructs a new Node.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Node.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Node id. */
            id: number;

            /** Node address. */
            address: string;

            /** Node capacityBytes. */
            capacityBytes: number;

            /** Node labels. */
            labels: ruvraft.metadata.Label.$Properties[];

            /** Node status. */
            status: ruvraft.metadata.NodeStatus;

            /** Node role. */
            role: ruvraft.metadata.NodeRole;

            /** Node registeredAtMs. */
            registeredAtMs: number;

            /** Node statusChangedAtMs. */
            statusChangedAtMs: number;

            /** Node draining. */
            draining: boolean;

            /**
             * Creates a new Node instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Node instance
             */
            static create(properties: ruvraft.metadata.Node.$Shape): ruvraft.metadata.Node & ruvraft.metadata.Node.$Shape;
            static create(properties?: ruvraft.metadata.Node.$Properties): ruvraft.metadata.Node;

            /**
             * Encodes the specified Node message. Does not implicitly {@link ruvraft.metadata.Node.verify|verify} messages.
             * @param message Node message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Node & ruvraft.metadata.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Node & ruvraft.metadata.Node.$Shape;

            /**
             * Gets the type url for Node
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Node {

            /** Properties of a Node. */
            interface $Properties {

                /** Node id */
                id?: (number|null);

                /** Node address */
                address?: (string|null);

                /** Node capacityBytes */
                capacityBytes?: (number|null);

                /** Node labels */
                labels?: (ruvraft.metadata.Label.$Properties[]|null);

                /** Node status */
                status?: (ruvraft.metadata.NodeStatus|null);

                /** Node role */
                role?: (ruvraft.metadata.NodeRole|null);

                /** Node registeredAtMs */
                registeredAtMs?: (number|null);

                /** Node statusChangedAtMs */
                statusChangedAtMs?: (number|null);

                /** Node draining */
                draining?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Node. */
            type $Shape = ruvraft.metadata.Node.$Properties;
        }

        /**
         * Properties of a ClusterSettings.
         * @deprecated Use ruvraft.metadata.ClusterSettings.$Properties instead.
         */
        interface IClusterSettings extends ruvraft.metadata.ClusterSettings.$Properties {
        }

        /** Represents a ClusterSettings. */
        class ClusterSettings {

            /**
             * Constructs a new ClusterSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ClusterSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterSettings replicationFactor. */
            replicationFactor: number;

            /** ClusterSettings shardCount. */
            shardCount: number;

            /** ClusterSettings heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** ClusterSettings nodeTimeoutMs. */
            nodeTimeoutMs: number;

            /** ClusterSettings spreadLabel. */
            spreadLabel: string;

            /** ClusterSettings concurrentMigrationsMax. */
            concurrentMigrationsMax: number;

            /**
             * Creates a new ClusterSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClusterSettings instance
             */
            static create(properties: ruvraft.metadata.ClusterSettings.$Shape): ruvraft.metadata.ClusterSettings & ruvraft.metadata.ClusterSettings.$Shape;
            static create(properties?: ruvraft.metadata.ClusterSettings.$Properties): ruvraft.metadata.ClusterSettings;

            /**
             * Encodes the specified ClusterSettings message. Does not implicitly {@link ruvraft.metadata.ClusterSettings.verify|verify} messages.
             * @param message ClusterSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ClusterSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ClusterSettings & ruvraft.metadata.ClusterSettings.$Shape} ClusterSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ClusterSettings & ruvraft.metadata.ClusterSettings.$Shape;

            /**
             * Gets the type url for ClusterSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterSettings {

            /** Properties of a ClusterSettings. */
            interface $Properties {

                /** ClusterSettings replicationFactor */
                replicationFactor?: (number|null);

                /** ClusterSettings shardCount */
                shardCount?: (number|null);

                /** ClusterSettings heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** ClusterSettings nodeTimeoutMs */
                nodeTimeoutMs?: (number|null);

                /** ClusterSettings spreadLabel */
                spreadLabel?: (string|null);

                /** ClusterSettings concurrentMigrationsMax */
                concurrentMigrationsMax?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterSettings. */
            type $Shape = ruvraft.metadata.ClusterSettings.$Properties;
        }

        /**
         * Properties of a HnswConfig.
         * @deprecated Use ruvraft.metadata.HnswConfig.$Properties instead.
         */
        interface IHnswConfig extends ruvraft.metadata.HnswConfig.$Properties {
        }

        /** Represents a HnswConfig. */
        class HnswConfig {

            /**
             * Constructs a new HnswConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.HnswConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HnswConfig m. */
            m: number;

            /** HnswConfig efConstruction. */
            efConstruction: number;

            /** HnswConfig efSearch. */
            efSearch: number;

            /** HnswConfig maxElements. */
            maxElements: number;

            /**
             * Creates a new HnswConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HnswConfig instance
             */
            static create(properties: ruvraft.metadata.HnswConfig.$Shape): ruvraft.metadata.HnswConfig & ruvraft.metadata.HnswConfig.$Shape;
            static create(properties?: ruvraft.metadata.HnswConfig.$Properties): ruvraft.metadata.HnswConfig;

            /**
             * Encodes the specified HnswConfig message. Does not implicitly {@link ruvraft.metadata.HnswConfig.verify|verify} messages.
             * @param message HnswConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.HnswConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HnswConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.HnswConfig & ruvraft.metadata.HnswConfig.$Shape} HnswConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.HnswConfig & ruvraft.metadata.HnswConfig.$Shape;

            /**
             * Gets the type url for HnswConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HnswConfig {

            /** Properties of a HnswConfig. */
            interface $Properties {

                /** HnswConfig m */
                m?: (number|null);

                /** HnswConfig efConstruction */
                efConstruction?: (number|null);

                /** HnswConfig efSearch */
                efSearch?: (number|null);

                /** HnswConfig maxElements */
                maxElements?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HnswConfig. */
            type $Shape = ruvraft.metadata.HnswConfig.$Properties;
        }

        /**
         * Properties of a Quantization.
         * @deprecated Use ruvraft.metadata.Quantization.$Properties instead.
         */
        interface IQuantization extends ruvraft.metadata.Quantization.$Properties {
        }

        /** Represents a Quantization. */
        class Quantization {

            /**
             * Constructs a new Quantization.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Quantization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Quantization none. */
            none?: (ruvraft.metadata.NoQuantization.$Properties|null);

            /** Quantization scalar. */
            scalar?: (ruvraft.metadata.ScalarQuantization.$Properties|null);

            /** Quantization product. */
            product?: (ruvraft.metadata.ProductQuantization.$Properties|null);

            /** Quantization binary. */
            binary?: (ruvraft.metadata.BinaryQuantization.$Properties|null);

            /** Quantization kind. */
            kind?: ("none"|"scalar"|"product"|"binary");

            /**
             * Creates a new Quantization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Quantization instance
             */
            static create(properties: ruvraft.metadata.Quantization.$Shape): ruvraft.metadata.Quantization & ruvraft.metadata.Quantization.$Shape;
            static create(properties?: ruvraft.metadata.Quantization.$Properties): ruvraft.metadata.Quantization;

            /**
             * Encodes the specified Quantization message. Does not implicitly {@link ruvraft.metadata.Quantization.verify|verify} messages.
             * @param message Quantization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Quantization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Quantization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Quantization & ruvraft.metadata.Quantization.$Shape} Quantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Quantization & ruvraft.metadata.Quantization.$Shape;

            /**
             * Gets the type url for Quantization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Quantization {

            /** Properties of a Quantization. */
            interface $Properties {

                /** Quantization none */
                none?: (ruvraft.metadata.NoQuantization.$Properties|null);

                /** Quantization scalar */
                scalar?: (ruvraft.metadata.ScalarQuantization.$Properties|null);

                /** Quantization product */
                product?: (ruvraft.metadata.ProductQuantization.$Properties|null);

                /** Quantization binary */
                binary?: (ruvraft.metadata.BinaryQuantization.$Properties|null);

                /** Quantization kind */
                kind?: ("none"|"scalar"|"product"|"binary");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Quantization. */
            type $Shape = {
              none?: ruvraft.metadata.NoQuantization.$Shape|null;
              scalar?: ruvraft.metadata.ScalarQuantization.$Shape|null;
              product?: ruvraft.metadata.ProductQuantization.$Shape|null;
              binary?: ruvraft.metadata.BinaryQuantization.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; none?: null; scalar?: null; product?: null; binary?: null }|{ kind?: "none"; none: ruvraft.metadata.NoQuantization.$Shape; scalar?: null; product?: null; binary?: null }|{ kind?: "scalar"; none?: null; scalar: ruvraft.metadata.ScalarQuantization.$Shape; product?: null; binary?: null }|{ kind?: "product"; none?: null; scalar?: null; product: ruvraft.metadata.ProductQuantization.$Shape; binary?: null }|{ kind?: "binary"; none?: null; scalar?: null; product?: null; binary: ruvraft.metadata.BinaryQuantization.$Shape })
            );
        }

        /**
         * Properties of a NoQuantization.
         * @deprecated Use ruvraft.metadata.NoQuantization.$Properties instead.
         */
        interface INoQuantization extends ruvraft.metadata.NoQuantization.$Properties {
        }

        /** Represents a NoQuantization. */
        class NoQuantization {

            /**
             * Constructs a new NoQuantization.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.NoQuantization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new NoQuantization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NoQuantization instance
             */
            static create(properties: ruvraft.metadata.NoQuantization.$Shape): ruvraft.metadata.NoQuantization & ruvraft.metadata.NoQuantization.$Shape;
            static create(properties?: ruvraft.metadata.NoQuantization.$Properties): ruvraft.metadata.NoQuantization;

            /**
             * Encodes the specified NoQuantization message. Does not implicitly {@link ruvraft.metadata.NoQuantization.verify|verify} messages.
             * @param message NoQuantization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.NoQuantization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NoQuantization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.NoQuantization & ruvraft.metadata.NoQuantization.$Shape} NoQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.NoQuantization & ruvraft.metadata.NoQuantization.$Shape;

            /**
             * Gets the type url for NoQuantization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NoQuantization {

            /** Properties of a NoQuantization. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NoQuantization. */
            type $Shape = ruvraft.metadata.NoQuantization.$Properties;
        }

        /**
         * Properties of a ScalarQuantization.
         * @deprecated Use ruvraft.metadata.ScalarQuantization.$Properties instead.
         */
        interface IScalarQuantization extends ruvraft.metadata.ScalarQuantization.$Properties {
        }

        /** Represents a ScalarQuantization. */
        class ScalarQuantization {

            /**
             * Constructs a new ScalarQuantization.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ScalarQuantization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ScalarQuantization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScalarQuantization instance
             */
            static create(properties: ruvraft.metadata.ScalarQuantization.$Shape): ruvraft.metadata.ScalarQuantization & ruvraft.metadata.ScalarQuantization.$Shape;
            static create(properties?: ruvraft.metadata.ScalarQuantization.$Properties): ruvraft.metadata.ScalarQuantization;

            /**
             * Encodes the specified ScalarQuantization message. Does not implicitly {@link ruvraft.metadata.ScalarQuantization.verify|verify} messages.
             * @param message ScalarQuantization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ScalarQuantization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScalarQuantization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ScalarQuantization & ruvraft.metadata.ScalarQuantization.$Shape} ScalarQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ScalarQuantization & ruvraft.metadata.ScalarQuantization.$Shape;

            /**
             * Gets the type url for ScalarQuantization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScalarQuantization {

            /** Properties of a ScalarQuantization. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScalarQuantization. */
            type $Shape = ruvraft.metadata.ScalarQuantization.$Properties;
        }

        /**
         * Properties of a ProductQuantization.
         * @deprecated Use ruvraft.metadata.ProductQuantization.$Properties instead.
         */
        interface IProductQuantization extends ruvraft.metadata.ProductQuantization.$Properties {
        }

        /** Represents a ProductQuantization. */
        class ProductQuantization {

            /**
             * Constructs a new ProductQuantization.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ProductQuantization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProductQuantization subspaces. */
            subspaces: number;

            /** ProductQuantization k. */
            k: number;

            /**
             * Creates a new ProductQuantization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProductQuantization instance
             */
            static create(properties: ruvraft.metadata.ProductQuantization.$Shape): ruvraft.metadata.ProductQuantization & ruvraft.metadata.ProductQuantization.$Shape;
            static create(properties?: ruvraft.metadata.ProductQuantization.$Properties): ruvraft.metadata.ProductQuantization;

            /**
             * Encodes the specified ProductQuantization message. Does not implicitly {@link ruvraft.metadata.ProductQuantization.verify|verify} messages.
             * @param message ProductQuantization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ProductQuantization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProductQuantization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ProductQuantization & ruvraft.metadata.ProductQuantization.$Shape} ProductQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ProductQuantization & ruvraft.metadata.ProductQuantization.$Shape;

            /**
             * Gets the type url for ProductQuantization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProductQuantization {

            /** Properties of a ProductQuantization. */
            interface $Properties {

                /** ProductQuantization subspaces */
                subspaces?: (number|null);

                /** ProductQuantization k */
                k?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProductQuantization. */
            type $Shape = ruvraft.metadata.ProductQuantization.$Properties;
        }

        /**
         * Properties of a BinaryQuantization.
         * @deprecated Use ruvraft.metadata.BinaryQuantization.$Properties instead.
         */
        interface IBinaryQuantization extends ruvraft.metadata.BinaryQuantization.$Properties {
        }

        /** Represents a BinaryQuantization. */
        class BinaryQuantization {

            /**
             * Constructs a new BinaryQuantization.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.BinaryQuantization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new BinaryQuantization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BinaryQuantization instance
             */
            static create(properties: ruvraft.metadata.BinaryQuantization.$Shape): ruvraft.metadata.BinaryQuantization & ruvraft.metadata.BinaryQuantization.$Shape;
            static create(properties?: ruvraft.metadata.BinaryQuantization.$Properties): ruvraft.metadata.BinaryQuantization;

            /**
             * Encodes the specified BinaryQuantization message. Does not implicitly {@link ruvraft.metadata.BinaryQuantization.verify|verify} messages.
             * @param message BinaryQuantization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.BinaryQuantization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BinaryQuantization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.BinaryQuantization & ruvraft.metadata.BinaryQuantization.$Shape} BinaryQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.BinaryQuantization & ruvraft.metadata.BinaryQuantization.$Shape;

            /**
             * Gets the type url for BinaryQuantization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BinaryQuantization {

            /** Properties of a BinaryQuantization. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BinaryQuantization. */
            type $Shape = ruvraft.metadata.BinaryQuantization.$Properties;
        }

        /**
         * Properties of a CollectionSpec.
         * @deprecated Use ruvraft.metadata.CollectionSpec.$Properties instead.
         */
        interface ICollectionSpec extends ruvraft.metadata.CollectionSpec.$Properties {
        }

        /** Represents a CollectionSpec. */
        class CollectionSpec {

            /**
             * Constructs a new CollectionSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.CollectionSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CollectionSpec name. */
            name: string;

            /** CollectionSpec dimensions. */
            dimensions: number;

            /** CollectionSpec metric. */
            metric: ruvraft.metadata.DistanceMetric;

            /** CollectionSpec hnsw. */
            hnsw?: (ruvraft.metadata.HnswConfig.$Properties|null);

            /** CollectionSpec quantization. */
            quantization?: (ruvraft.metadata.Quantization.$Properties|null);

            /** CollectionSpec onDiskPayload. */
            onDiskPayload: boolean;

            /** CollectionSpec shardCount. */
            shardCount: number;

            /** CollectionSpec replicationFactor. */
            replicationFactor: number;

            /**
             * Creates a new CollectionSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectionSpec instance
             */
            static create(properties: ruvraft.metadata.CollectionSpec.$Shape): ruvraft.metadata.CollectionSpec & ruvraft.metadata.CollectionSpec.$Shape;
            static create(properties?: ruvraft.metadata.CollectionSpec.$Properties): ruvraft.metadata.CollectionSpec;

            /**
             * Encodes the specified CollectionSpec message. Does not implicitly {@link ruvraft.metadata.CollectionSpec.verify|verify} messages.
             * @param message CollectionSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.CollectionSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectionSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CollectionSpec & ruvraft.metadata.CollectionSpec.$Shape} CollectionSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.CollectionSpec & ruvraft.metadata.CollectionSpec.$Shape;

            /**
             * Gets the type url for CollectionSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectionSpec {

            /** Properties of a CollectionSpec. */
            interface $Properties {

                /** CollectionSpec name */
                name?: (string|null);

                /** CollectionSpec dimensions */
                dimensions?: (number|null);

                /** CollectionSpec metric */
                metric?: (ruvraft.metadata.DistanceMetric|null);

                /** CollectionSpec hnsw */
                hnsw?: (ruvraft.metadata.HnswConfig.$Properties|null);

                /** CollectionSpec quantization */
                quantization?: (ruvraft.metadata.Quantization.$Properties|null);

                /** CollectionSpec onDiskPayload */
                onDiskPayload?: (boolean|null);

                /** CollectionSpec shardCount */
                shardCount?: (number|null);

                /** CollectionSpec replicationFactor */
                replicationFactor?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CollectionSpec. */
            type $Shape = {
              name?: string|null;
              dimensions?: number|null;
              metric?: ruvraft.metadata.DistanceMetric|null;
              hnsw?: ruvraft.metadata.HnswConfig.$Shape|null;
              quantization?: ruvraft.metadata.Quantization.$Shape|null;
              onDiskPayload?: boolean|null;
              shardCount?: number|null;
              replicationFactor?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Collection.
         * @deprecated Use ruvraft.metadata.Collection.$Properties instead.
         */
        interface ICollection extends ruvraft.metadata.Collection.$Properties {
        }

        /** Represents a Collection. */
        class Collection {

            /**
             * Constructs a new Collection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Collection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Collection spec. */
            spec?: (ruvraft.metadata.CollectionSpec.$Properties|null);

            /** Collection createdAtMs. */
            createdAtMs: number;

            /** Collection updatedAtMs. */
            updatedAtMs: number;

            /**
             * Creates a new Collection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Collection instance
             */
            static create(properties: ruvraft.metadata.Collection.$Shape): ruvraft.metadata.Collection & ruvraft.metadata.Collection.$Shape;
            static create(properties?: ruvraft.metadata.Collection.$Properties): ruvraft.metadata.Collection;

            /**
             * Encodes the specified Collection message. Does not implicitly {@link ruvraft.metadata.Collection.verify|verify} messages.
             * @param message Collection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Collection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Collection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Collection & ruvraft.metadata.Collection.$Shape} Collection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Collection & ruvraft.metadata.Collection.$Shape;

            /**
             * Gets the type url for Collection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Collection {

            /** Properties of a Collection. */
            interface $Properties {

                /** Collection spec */
                spec?: (ruvraft.metadata.CollectionSpec.$Properties|null);

                /** Collection createdAtMs */
                createdAtMs?: (number|null);

                /** Collection updatedAtMs */
                updatedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Collection. */
            type $Shape = {
              spec?: ruvraft.metadata.CollectionSpec.$Shape|null;
              createdAtMs?: number|null;
              updatedAtMs?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Alias.
         * @deprecated Use ruvraft.metadata.Alias.$Properties instead.
         */
        interface IAlias extends ruvraft.metadata.Alias.$Properties {
        }

        /** Represents an Alias. */
        class Alias {

            /**
             * Constructs a new Alias.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Alias.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alias name. */
            name: string;

            /** Alias collection. */
            collection: string;

            /**
             * Creates a new Alias instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alias instance
             */
            static create(properties: ruvraft.metadata.Alias.$Shape): ruvraft.metadata.Alias & ruvraft.metadata.Alias.$Shape;
            static create(properties?: ruvraft.metadata.Alias.$Properties): ruvraft.metadata.Alias;

            /**
             * Encodes the specified Alias message. Does not implicitly {@link ruvraft.metadata.Alias.verify|verify} messages.
             * @param message Alias message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Alias.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alias message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Alias & ruvraft.metadata.Alias.$Shape} Alias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Alias & ruvraft.metadata.Alias.$Shape;

            /**
             * Gets the type url for Alias
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alias {

            /** Properties of an Alias. */
            interface $Properties {

                /** Alias name */
                name?: (string|null);

                /** Alias collection */
                collection?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alias. */
            type $Shape = ruvraft.metadata.Alias.$Properties;
        }

        /**
         * Properties of a Migration.
         * @deprecated Use ruvraft.metadata.Migration.$Properties instead.
         */
        interface IMigration extends ruvraft.metadata.Migration.$Properties {
        }

        /** Represents a Migration. */
        class Migration {

            /**
             * Constructs a new Migration.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Migration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Migration sourceNodeId. */
            sourceNodeId: number;

            /** Migration targetNodeId. */
            targetNodeId: number;

            /** Migration totalKeys. */
            totalKeys: number;

            /** Migration startedAtMs. */
            startedAtMs: number;

            /**
             * Creates a new Migration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Migration instance
             */
            static create(properties: ruvraft.metadata.Migration.$Shape): ruvraft.metadata.Migration & ruvraft.metadata.Migration.$Shape;
            static create(properties?: ruvraft.metadata.Migration.$Properties): ruvraft.metadata.Migration;

            /**
             * Encodes the specified Migration message. Does not implicitly {@link ruvraft.metadata.Migration.verify|verify} messages.
             * @param message Migration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Migration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Migration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Migration & ruvraft.metadata.Migration.$Shape} Migration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Migration & ruvraft.metadata.Migration.$Shape;

            /**
             * Gets the type url for Migration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Migration {

            /** Properties of a Migration. */
            interface $Properties {

                /** Migration sourceNodeId */
                sourceNodeId?: (number|null);

                /** Migration targetNodeId */
                targetNodeId?: (number|null);

                /** Migration totalKeys */
                totalKeys?: (number|null);

                /** Migration startedAtMs */
                startedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Migration. */
            type $Shape = ruvraft.metadata.Migration.$Properties;
        }

        /**
         * Properties of a Shard.
         * @deprecated Use ruvraft.metadata.Shard.$Properties instead.
         */
        interface IShard extends ruvraft.metadata.Shard.$Properties {
        }

        /** Represents a Shard. */
        class Shard {

            /**
             * Constructs a new Shard.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Shard.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Shard collection. */
            collection: string;

            /** Shard shardId. */
            shardId: number;

            /** Shard primaryNodeId. */
            primaryNodeId: number;

            /** Shard replicaNodeIds. */
            replicaNodeIds: number[];

            /** Shard status. */
            status: ruvraft.metadata.ShardStatus;

            /** Shard migration. */
            migration?: (ruvraft.metadata.Migration.$Properties|null);

            /** Shard stats. */
            stats: ruvraft.metadata.ShardReplicaStats.$Properties[];

            /** Shard holderSince. */
            holderSince: ruvraft.metadata.HolderSince.$Properties[];

            /**
             * Creates a new Shard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Shard instance
             */
            static create(properties: ruvraft.metadata.Shard.$Shape): ruvraft.metadata.Shard & ruvraft.metadata.Shard.$Shape;
            static create(properties?: ruvraft.metadata.Shard.$Properties): ruvraft.metadata.Shard;

            /**
             * Encodes the specified Shard message. Does not implicitly {@link ruvraft.metadata.Shard.verify|verify} messages.
             * @param message Shard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Shard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Shard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Shard & ruvraft.metadata.Shard.$Shape} Shard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Shard & ruvraft.metadata.Shard.$Shape;

            /**
             * Gets the type url for Shard
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Shard {

            /** Properties of a Shard. */
            interface $Properties {

                /** Shard collection */
                collection?: (string|null);

                /** Shard shardId */
                shardId?: (number|null);

                /** Shard primaryNodeId */
                primaryNodeId?: (number|null);

                /** Shard replicaNodeIds */
                replicaNodeIds?: (number[]|null);

                /** Shard status */
                status?: (ruvraft.metadata.ShardStatus|null);

                /** Shard migration */
                migration?: (ruvraft.metadata.Migration.$Properties|null);

                /** Shard stats */
                stats?: (ruvraft.metadata.ShardReplicaStats.$Properties[]|null);

                /** Shard holderSince */
                holderSince?: (ruvraft.metadata.HolderSince.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Shard. */
            type $Shape = ruvraft.metadata.Shard.$Properties;
        }

        /**
         * Properties of a HolderSince.
         * @deprecated Use ruvraft.metadata.HolderSince.$Properties instead.
         */
        interface IHolderSince extends ruvraft.metadata.HolderSince.$Properties {
        }

        /** Represents a HolderSince. */
        class HolderSince {

            /**
             * Constructs a new HolderSince.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.HolderSince.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HolderSince nodeId. */
            nodeId: number;

            /** HolderSince sinceIndex. */
            sinceIndex: number;

            /**
             * Creates a new HolderSince instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HolderSince instance
             */
            static create(properties: ruvraft.metadata.HolderSince.$Shape): ruvraft.metadata.HolderSince & ruvraft.metadata.HolderSince.$Shape;
            static create(properties?: ruvraft.metadata.HolderSince.$Properties): ruvraft.metadata.HolderSince;

            /**
             * Encodes the specified HolderSince message. Does not implicitly {@link ruvraft.metadata.HolderSince.verify|verify} messages.
             * @param message HolderSince message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.HolderSince.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HolderSince message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.HolderSince & ruvraft.metadata.HolderSince.$Shape} HolderSince
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.HolderSince & ruvraft.metadata.HolderSince.$Shape;

            /**
             * Gets the type url for HolderSince
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HolderSince {

            /** Properties of a HolderSince. */
            interface $Properties {

                /** HolderSince nodeId */
                nodeId?: (number|null);

                /** HolderSince sinceIndex */
                sinceIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HolderSince. */
            type $Shape = ruvraft.metadata.HolderSince.$Properties;
        }

        /**
         * Properties of a ShardReplicaStats.
         * @deprecated Use ruvraft.metadata.ShardReplicaStats.$Properties instead.
         */
        interface IShardReplicaStats extends ruvraft.metadata.ShardReplicaStats.$Properties {
        }

        /** Represents a ShardReplicaStats. */
        class ShardReplicaStats {

            /**
             * Constructs a new ShardReplicaStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ShardReplicaStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardReplicaStats nodeId. */
            nodeId: number;

            /** ShardReplicaStats vectorCount. */
            vectorCount: number;

            /** ShardReplicaStats bytes. */
            bytes: number;

            /** ShardReplicaStats reportedAtMs. */
            reportedAtMs: number;

            /**
             * Creates a new ShardReplicaStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardReplicaStats instance
             */
            static create(properties: ruvraft.metadata.ShardReplicaStats.$Shape): ruvraft.metadata.ShardReplicaStats & ruvraft.metadata.ShardReplicaStats.$Shape;
            static create(properties?: ruvraft.metadata.ShardReplicaStats.$Properties): ruvraft.metadata.ShardReplicaStats;

            /**
             * Encodes the specified ShardReplicaStats message. Does not implicitly {@link ruvraft.metadata.ShardReplicaStats.verify|verify} messages.
             * @param message ShardReplicaStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ShardReplicaStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardReplicaStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardReplicaStats & ruvraft.metadata.ShardReplicaStats.$Shape} ShardReplicaStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ShardReplicaStats & ruvraft.metadata.ShardReplicaStats.$Shape;

            /**
             * Gets the type url for ShardReplicaStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardReplicaStats {

            /** Properties of a ShardReplicaStats. */
            interface $Properties {

                /** ShardReplicaStats nodeId */
                nodeId?: (number|null);

                /** ShardReplicaStats vectorCount */
                vectorCount?: (number|null);

                /** ShardReplicaStats bytes */
                bytes?: (number|null);

                /** ShardReplicaStats reportedAtMs */
                reportedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardReplicaStats. */
            type $Shape = ruvraft.metadata.ShardReplicaStats.$Properties;
        }

        /**
         * Properties of a MetadataEvent.
         * @deprecated Use ruvraft.metadata.MetadataEvent.$Properties instead.
         */
        interface IMetadataEvent extends ruvraft.metadata.MetadataEvent.$Properties {
        }

        /** Represents a MetadataEvent. */
        class MetadataEvent {

            /**
             * Constructs a new MetadataEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.MetadataEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataEvent atMs. */
            atMs: number;

            /** MetadataEvent registerNode. */
            registerNode?: (ruvraft.metadata.RegisterNode.$Properties|null);

            /** MetadataEvent updateNodeStatus. */
            updateNodeStatus?: (ruvraft.metadata.UpdateNodeStatus.$Properties|null);

            /** MetadataEvent updateNodeLabels. */
            updateNodeLabels?: (ruvraft.metadata.UpdateNodeLabels.$Properties|null);

            /** MetadataEvent updateNodeCapacity. */
            updateNodeCapacity?: (ruvraft.metadata.UpdateNodeCapacity.$Properties|null);

            /** MetadataEvent updateNodeRole. */
            updateNodeRole?: (ruvraft.metadata.UpdateNodeRole.$Properties|null);

            /** MetadataEvent removeNode. */
            removeNode?: (ruvraft.metadata.RemoveNode.$Properties|null);

            /** MetadataEvent setClusterSettings. */
            setClusterSettings?: (ruvraft.metadata.SetClusterSettings.$Properties|null);

            /** MetadataEvent createCollection. */
            createCollection?: (ruvraft.metadata.CreateCollection.$Properties|null);

            /** MetadataEvent updateCollection. */
            updateCollection?: (ruvraft.metadata.UpdateCollection.$Properties|null);

            /** MetadataEvent dropCollection. */
            dropCollection?: (ruvraft.metadata.DropCollection.$Properties|null);

            /** MetadataEvent createAlias. */
            createAlias?: (ruvraft.metadata.CreateAlias.$Properties|null);

            /** MetadataEvent deleteAlias. */
            deleteAlias?: (ruvraft.metadata.DeleteAlias.$Properties|null);

            /** MetadataEvent switchAlias. */
            switchAlias?: (ruvraft.metadata.SwitchAlias.$Properties|null);

            /** MetadataEvent startMigration. */
            startMigration?: (ruvraft.metadata.StartMigration.$Properties|null);

            /** MetadataEvent completeMigration. */
            completeMigration?: (ruvraft.metadata.CompleteMigration.$Properties|null);

            /** MetadataEvent abortMigration. */
            abortMigration?: (ruvraft.metadata.AbortMigration.$Properties|null);

            /** MetadataEvent promotePrimary. */
            promotePrimary?: (ruvraft.metadata.PromotePrimary.$Properties|null);

            /** MetadataEvent setShardStatus. */
            setShardStatus?: (ruvraft.metadata.SetShardStatus.$Properties|null);

            /** MetadataEvent rebalance. */
            rebalance?: (ruvraft.metadata.Rebalance.$Properties|null);

            /** MetadataEvent drainNode. */
            drainNode?: (ruvraft.metadata.DrainNode.$Properties|null);

            /** MetadataEvent updateNodeAddress. */
            updateNodeAddress?: (ruvraft.metadata.UpdateNodeAddress.$Properties|null);

            /** MetadataEvent reportShardStats. */
            reportShardStats?: (ruvraft.metadata.ReportShardStats.$Properties|null);

            /** MetadataEvent event. */
            event?: ("registerNode"|"updateNodeStatus"|"updateNodeLabels"|"updateNodeCapacity"|"updateNodeRole"|"removeNode"|"setClusterSettings"|"createCollection"|"updateCollection"|"dropCollection"|"createAlias"|"deleteAlias"|"switchAlias"|"startMigration"|"completeMigration"|"abortMigration"|"promotePrimary"|"setShardStatus"|"rebalance"|"drainNode"|"updateNodeAddress"|"reportShardStats");

            /**
             * Creates a new MetadataEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataEvent instance
             */
            static create(properties: ruvraft.metadata.MetadataEvent.$Shape): ruvraft.metadata.MetadataEvent & ruvraft.metadata.MetadataEvent.$Shape;
            static create(properties?: ruvraft.metadata.MetadataEvent.$Properties): ruvraft.metadata.MetadataEvent;

            /**
             * Encodes the specified MetadataEvent message. Does not implicitly {@link ruvraft.metadata.MetadataEvent.verify|verify} messages.
             * @param message MetadataEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.MetadataEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataEvent & ruvraft.metadata.MetadataEvent.$Shape} MetadataEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.MetadataEvent & ruvraft.metadata.MetadataEvent.$Shape;

            /**
             * Gets the type url for MetadataEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataEvent {

            /** Properties of a MetadataEvent. */
            interface $Properties {

                /** MetadataEvent atMs */
                atMs?: (number|null);

                /** MetadataEvent registerNode */
                registerNode?: (ruvraft.metadata.RegisterNode.$Properties|null);

                /** MetadataEvent updateNodeStatus */
                updateNodeStatus?: (ruvraft.metadata.UpdateNodeStatus.$Properties|null);

                /** MetadataEvent updateNodeLabels */
                updateNodeLabels?: (ruvraft.metadata.UpdateNodeLabels.$Properties|null);

                /** MetadataEvent updateNodeCapacity */
                updateNodeCapacity?: (ruvraft.metadata.UpdateNodeCapacity.$Properties|null);

                /** MetadataEvent updateNodeRole */
                updateNodeRole?: (ruvraft.metadata.UpdateNodeRole.$Properties|null);

                /** MetadataEvent removeNode */
                removeNode?: (ruvraft.metadata.RemoveNode.$Properties|null);

                /** MetadataEvent setClusterSettings */
                setClusterSettings?: (ruvraft.metadata.SetClusterSettings.$Properties|null);

                /** MetadataEvent createCollection */
                createCollection?: (ruvraft.metadata.CreateCollection.$Properties|null);

                /** MetadataEvent updateCollection */
                updateCollection?: (ruvraft.metadata.UpdateCollection.$Properties|null);

                /** MetadataEvent dropCollection */
                dropCollection?: (ruvraft.metadata.DropCollection.$Properties|null);

                /** MetadataEvent createAlias */
                createAlias?: (ruvraft.metadata.CreateAlias.$Properties|null);

                /** MetadataEvent deleteAlias */
                deleteAlias?: (ruvraft.metadata.DeleteAlias.$Properties|null);

                /** MetadataEvent switchAlias */
                switchAlias?: (ruvraft.metadata.SwitchAlias.$Properties|null);

                /** MetadataEvent startMigration */
                startMigration?: (ruvraft.metadata.StartMigration.$Properties|null);

                /** MetadataEvent completeMigration */
                completeMigration?: (ruvraft.metadata.CompleteMigration.$Properties|null);

                /** MetadataEvent abortMigration */
                abortMigration?: (ruvraft.metadata.AbortMigration.$Properties|null);

                /** MetadataEvent promotePrimary */
                promotePrimary?: (ruvraft.metadata.PromotePrimary.$Properties|null);

                /** MetadataEvent setShardStatus */
                setShardStatus?: (ruvraft.metadata.SetShardStatus.$Properties|null);

                /** MetadataEvent rebalance */
                rebalance?: (ruvraft.metadata.Rebalance.$Properties|null);

                /** MetadataEvent drainNode */
                drainNode?: (ruvraft.metadata.DrainNode.$Properties|null);

                /** MetadataEvent updateNodeAddress */
                updateNodeAddress?: (ruvraft.metadata.UpdateNodeAddress.$Properties|null);

                /** MetadataEvent reportShardStats */
                reportShardStats?: (ruvraft.metadata.ReportShardStats.$Properties|null);

                /** MetadataEvent event */
                event?: ("registerNode"|"updateNodeStatus"|"updateNodeLabels"|"updateNodeCapacity"|"updateNodeRole"|"removeNode"|"setClusterSettings"|"createCollection"|"updateCollection"|"dropCollection"|"createAlias"|"deleteAlias"|"switchAlias"|"startMigration"|"completeMigration"|"abortMigration"|"promotePrimary"|"setShardStatus"|"rebalance"|"drainNode"|"updateNodeAddress"|"reportShardStats");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MetadataEvent. */
            type $Shape = {
              atMs?: number|null;
              registerNode?: ruvraft.metadata.RegisterNode.$Shape|null;
              updateNodeStatus?: ruvraft.metadata.UpdateNodeStatus.$Shape|null;
              updateNodeLabels?: ruvraft.metadata.UpdateNodeLabels.$Shape|null;
              updateNodeCapacity?: ruvraft.metadata.UpdateNodeCapacity.$Shape|null;
              updateNodeRole?: ruvraft.metadata.UpdateNodeRole.$Shape|null;
              removeNode?: ruvraft.metadata.RemoveNode.$Shape|null;
              setClusterSettings?: ruvraft.metadata.SetClusterSettings.$Shape|null;
              createCollection?: ruvraft.metadata.CreateCollection.$Shape|null;
              updateCollection?: ruvraft.metadata.UpdateCollection.$Shape|null;
              dropCollection?: ruvraft.metadata.DropCollection.$Shape|null;
              createAlias?: ruvraft.metadata.CreateAlias.$Shape|null;
              deleteAlias?: ruvraft.metadata.DeleteAlias.$Shape|null;
              switchAlias?: ruvraft.metadata.SwitchAlias.$Shape|null;
              startMigration?: ruvraft.metadata.StartMigration.$Shape|null;
              completeMigration?: ruvraft.metadata.CompleteMigration.$Shape|null;
              abortMigration?: ruvraft.metadata.AbortMigration.$Shape|null;
              promotePrimary?: ruvraft.metadata.PromotePrimary.$Shape|null;
              setShardStatus?: ruvraft.metadata.SetShardStatus.$Shape|null;
              rebalance?: ruvraft.metadata.Rebalance.$Shape|null;
              drainNode?: ruvraft.metadata.DrainNode.$Shape|null;
              updateNodeAddress?: ruvraft.metadata.UpdateNodeAddress.$Shape|null;
              reportShardStats?: ruvraft.metadata.ReportShardStats.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "registerNode"; registerNode: ruvraft.metadata.RegisterNode.$Shape; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeStatus"; registerNode?: null; updateNodeStatus: ruvraft.metadata.UpdateNodeStatus.$Shape; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeLabels"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels: ruvraft.metadata.UpdateNodeLabels.$Shape; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeCapacity"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity: ruvraft.metadata.UpdateNodeCapacity.$Shape; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeRole"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole: ruvraft.metadata.UpdateNodeRole.$Shape; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "removeNode"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode: ruvraft.metadata.RemoveNode.$Shape; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "setClusterSettings"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings: ruvraft.metadata.SetClusterSettings.$Shape; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "createCollection"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection: ruvraft.metadata.CreateCollection.$Shape; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateCollection"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection: ruvraft.metadata.UpdateCollection.$Shape; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "dropCollection"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection: ruvraft.metadata.DropCollection.$Shape; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "createAlias"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias: ruvraft.metadata.CreateAlias.$Shape; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "deleteAlias"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias: ruvraft.metadata.DeleteAlias.$Shape; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "switchAlias"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias: ruvraft.metadata.SwitchAlias.$Shape; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "startMigration"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration: ruvraft.metadata.StartMigration.$Shape; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "completeMigration"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration: ruvraft.metadata.CompleteMigration.$Shape; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "abortMigration"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration: ruvraft.metadata.AbortMigration.$Shape; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "promotePrimary"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary: ruvraft.metadata.PromotePrimary.$Shape; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "setShardStatus"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus: ruvraft.metadata.SetShardStatus.$Shape; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "rebalance"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance: ruvraft.metadata.Rebalance.$Shape; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "drainNode"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode: ruvraft.metadata.DrainNode.$Shape; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeAddress"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress: ruvraft.metadata.UpdateNodeAddress.$Shape; reportShardStats?: null }|{ event?: "reportShardStats"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats: ruvraft.metadata.ReportShardStats.$Shape })
            );
        }

        /**
         * Properties of a RegisterNode.
         * @deprecated Use ruvraft.metadata.RegisterNode.$Properties instead.
         */
        interface IRegisterNode extends ruvraft.metadata.RegisterNode.$Properties {
        }

        /** Represents a RegisterNode. */
        class RegisterNode {

            /**
             * Constructs a new RegisterNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.RegisterNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegisterNode nodeId. */
            nodeId: number;

            /** RegisterNode address. */
            address: string;

            /** RegisterNode capacityBytes. */
            capacityBytes: number;

            /** RegisterNode labels. */
            labels: ruvraft.metadata.Label.$Properties[];

            /** RegisterNode role. */
            role: ruvraft.metadata.NodeRole;

            /**
             * Creates a new RegisterNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterNode instance
             */
            static create(properties: ruvraft.metadata.RegisterNode.$Shape): ruvraft.metadata.RegisterNode & ruvraft.metadata.RegisterNode.$Shape;
            static create(properties?: ruvraft.metadata.RegisterNode.$Properties): ruvraft.metadata.RegisterNode;

            /**
             * Encodes the specified RegisterNode message. Does not implicitly {@link ruvraft.metadata.RegisterNode.verify|verify} messages.
             * @param message RegisterNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.RegisterNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.RegisterNode & ruvraft.metadata.RegisterNode.$Shape} RegisterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.RegisterNode & ruvraft.metadata.RegisterNode.$Shape;

            /**
             * Gets the type url for RegisterNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterNode {

            /** Properties of a RegisterNode. */
            interface $Properties {

                /** RegisterNode nodeId */
                nodeId?: (number|null);

                /** RegisterNode address */
                address?: (string|null);

                /** RegisterNode capacityBytes */
                capacityBytes?: (number|null);

                /** RegisterNode labels */
                labels?: (ruvraft.metadata.Label.$Properties[]|null);

                /** RegisterNode role */
                role?: (ruvraft.metadata.NodeRole|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegisterNode. */
            type $Shape = ruvraft.metadata.RegisterNode.$Properties;
        }

        /**
         * Properties of an UpdateNodeStatus.
         * @deprecated Use ruvraft.metadata.UpdateNodeStatus.$Properties instead.
         */
        interface IUpdateNodeStatus extends ruvraft.metadata.UpdateNodeStatus.$Properties {
        }

        /** Represents an UpdateNodeStatus. */
        class UpdateNodeStatus {

            /**
             * Constructs a new UpdateNodeStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.UpdateNodeStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateNodeStatus nodeId. */
            nodeId: number;

            /** UpdateNodeStatus status. */
            status: ruvraft.metadata.NodeStatus;

            /**
             * Creates a new UpdateNodeStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateNodeStatus instance
             */
            static create(properties: ruvraft.metadata.UpdateNodeStatus.$Shape): ruvraft.metadata.UpdateNodeStatus & ruvraft.metadata.UpdateNodeStatus.$Shape;
            static create(properties?: ruvraft.metadata.UpdateNodeStatus.$Properties): ruvraft.metadata.UpdateNodeStatus;

            /**
             * Encodes the specified UpdateNodeStatus message. Does not implicitly {@link ruvraft.metadata.UpdateNodeStatus.verify|verify} messages.
             * @param message UpdateNodeStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.UpdateNodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateNodeStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeStatus & ruvraft.metadata.UpdateNodeStatus.$Shape} UpdateNodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.UpdateNodeStatus & ruvraft.metadata.UpdateNodeStatus.$Shape;

            /**
             * Gets the type url for UpdateNodeStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateNodeStatus {

            /** Properties of an UpdateNodeStatus. */
            interface $Properties {

                /** UpdateNodeStatus nodeId */
                nodeId?: (number|null);

                /** UpdateNodeStatus status */
                status?: (ruvraft.metadata.NodeStatus|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateNodeStatus. */
            type $Shape = ruvraft.metadata.UpdateNodeStatus.$Properties;
        }

        /**
         * Properties of an UpdateNodeLabels.
         * @deprecated Use ruvraft.metadata.UpdateNodeLabels.$Properties instead.
         */
        interface IUpdateNodeLabels extends ruvraft.metadata.UpdateNodeLabels.$Properties {
        }

        /** Represents an UpdateNodeLabels. */
        class UpdateNodeLabels {

            /**
             * Constructs a new UpdateNodeLabels.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.UpdateNodeLabels.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateNodeLabels nodeId. */
            nodeId: number;

            /** UpdateNodeLabels labels. */
            labels: ruvraft.metadata.Label.$Properties[];

            /**
             * Creates a new UpdateNodeLabels instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateNodeLabels instance
             */
            static create(properties: ruvraft.metadata.UpdateNodeLabels.$Shape): ruvraft.metadata.UpdateNodeLabels & ruvraft.metadata.UpdateNodeLabels.$Shape;
            static create(properties?: ruvraft.metadata.UpdateNodeLabels.$Properties): ruvraft.metadata.UpdateNodeLabels;

            /**
             * Encodes the specified UpdateNodeLabels message. Does not implicitly {@link ruvraft.metadata.UpdateNodeLabels.verify|verify} messages.
             * @param message UpdateNodeLabels message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.UpdateNodeLabels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateNodeLabels message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeLabels & ruvraft.metadata.UpdateNodeLabels.$Shape} UpdateNodeLabels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.UpdateNodeLabels & ruvraft.metadata.UpdateNodeLabels.$Shape;

            /**
             * Gets the type url for UpdateNodeLabels
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateNodeLabels {

            /** Properties of an UpdateNodeLabels. */
            interface $Properties {

                /** UpdateNodeLabels nodeId */
                nodeId?: (number|null);

                /** UpdateNodeLabels labels */
                labels?: (ruvraft.metadata.Label.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateNodeLabels. */
            type $Shape = ruvraft.metadata.UpdateNodeLabels.$Properties;
        }

        /**
         * Properties of an UpdateNodeCapacity.
         * @deprecated Use ruvraft.metadata.UpdateNodeCapacity.$Properties instead.
         */
        interface IUpdateNodeCapacity extends ruvraft.metadata.UpdateNodeCapacity.$Properties {
        }

        /** Represents an UpdateNodeCapacity. */
        class UpdateNodeCapacity {

            /**
             * Constructs a new UpdateNodeCapacity.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.UpdateNodeCapacity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateNodeCapacity nodeId. */
            nodeId: number;

            /** UpdateNodeCapacity capacityBytes. */
            capacityBytes: number;

            /**
             * Creates a new UpdateNodeCapacity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateNodeCapacity instance
             */
            static create(properties: ruvraft.metadata.UpdateNodeCapacity.$Shape): ruvraft.metadata.UpdateNodeCapacity & ruvraft.metadata.UpdateNodeCapacity.$Shape;
            static create(properties?: ruvraft.metadata.UpdateNodeCapacity.$Properties): ruvraft.metadata.UpdateNodeCapacity;

            /**
             * Encodes the specified UpdateNodeCapacity message. Does not implicitly {@link ruvraft.metadata.UpdateNodeCapacity.verify|verify} messages.
             * @param message UpdateNodeCapacity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.UpdateNodeCapacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateNodeCapacity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeCapacity & ruvraft.metadata.UpdateNodeCapacity.$Shape} UpdateNodeCapacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.UpdateNodeCapacity & ruvraft.metadata.UpdateNodeCapacity.$Shape;

            /**
             * Gets the type url for UpdateNodeCapacity
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateNodeCapacity {

            /** Properties of an UpdateNodeCapacity. */
            interface $Properties {

                /** UpdateNodeCapacity nodeId */
                nodeId?: (number|null);

                /** UpdateNodeCapacity capacityBytes */
                capacityBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateNodeCapacity. */
            type $Shape = ruvraft.metadata.UpdateNodeCapacity.$Properties;
        }

        /**
         * Properties of an UpdateNodeRole.
         * @deprecated Use ruvraft.metadata.UpdateNodeRole.$Properties instead.
         */
        interface IUpdateNodeRole extends ruvraft.metadata.UpdateNodeRole.$Properties {
        }

        /** Represents an UpdateNodeRole. */
        class UpdateNodeRole {

            /**
             * Constructs a new UpdateNodeRole.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.UpdateNodeRole.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateNodeRole nodeId. */
            nodeId: number;

            /** UpdateNodeRole role. */
            role: ruvraft.metadata.NodeRole;

            /**
             * Creates a new UpdateNodeRole instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateNodeRole instance
             */
            static create(properties: ruvraft.metadata.UpdateNodeRole.$Shape): ruvraft.metadata.UpdateNodeRole & ruvraft.metadata.UpdateNodeRole.$Shape;
            static create(properties?: ruvraft.metadata.UpdateNodeRole.$Properties): ruvraft.metadata.UpdateNodeRole;

            /**
             * Encodes the specified UpdateNodeRole message. Does not implicitly {@link ruvraft.metadata.UpdateNodeRole.verify|verify} messages.
             * @param message UpdateNodeRole message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.UpdateNodeRole.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateNodeRole message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeRole & ruvraft.metadata.UpdateNodeRole.$Shape} UpdateNodeRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.UpdateNodeRole & ruvraft.metadata.UpdateNodeRole.$Shape;

            /**
             * Gets the type url for UpdateNodeRole
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateNodeRole {

            /** Properties of an UpdateNodeRole. */
            interface $Properties {

                /** UpdateNodeRole nodeId */
                nodeId?: (number|null);

                /** UpdateNodeRole role */
                role?: (ruvraft.metadata.NodeRole|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateNodeRole. */
            type $Shape = ruvraft.metadata.UpdateNodeRole.$Properties;
        }

        /**
         * Properties of a RemoveNode.
         * @deprecated Use ruvraft.metadata.RemoveNode.$Properties instead.
         */
        interface IRemoveNode extends ruvraft.metadata.RemoveNode.$Properties {
        }

        /** Represents a RemoveNode. */
        class RemoveNode {

            /**
             * Constructs a new RemoveNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.RemoveNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveNode nodeId. */
            nodeId: number;

            /**
             * Creates a new RemoveNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveNode instance
             */
            static create(properties: ruvraft.metadata.RemoveNode.$Shape): ruvraft.metadata.RemoveNode & ruvraft.metadata.RemoveNode.$Shape;
            static create(properties?: ruvraft.metadata.RemoveNode.$Properties): ruvraft.metadata.RemoveNode;

            /**
             * Encodes the specified RemoveNode message. Does not implicitly {@link ruvraft.metadata.RemoveNode.verify|verify} messages.
             * @param message RemoveNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.RemoveNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.RemoveNode & ruvraft.metadata.RemoveNode.$Shape} RemoveNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.RemoveNode & ruvraft.metadata.RemoveNode.$Shape;

            /**
             * Gets the type url for RemoveNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveNode {

            /** Properties of a RemoveNode. */
            interface $Properties {

                /** RemoveNode nodeId */
                nodeId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveNode. */
            type $Shape = ruvraft.metadata.RemoveNode.$Properties;
        }

        /**
         * Properties of a SetClusterSettings.
         * @deprecated Use ruvraft.metadata.SetClusterSettings.$Properties instead.
         */
        interface ISetClusterSettings extends ruvraft.metadata.SetClusterSettings.$Properties {
        }

        /** Represents a SetClusterSettings. */
        class SetClusterSettings {

            /**
             * Constructs a new SetClusterSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.SetClusterSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetClusterSettings settings. */
            settings?: (ruvraft.metadata.ClusterSettings.$Properties|null);

            /**
             * Creates a new SetClusterSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetClusterSettings instance
             */
            static create(properties: ruvraft.metadata.SetClusterSettings.$Shape): ruvraft.metadata.SetClusterSettings & ruvraft.metadata.SetClusterSettings.$Shape;
            static create(properties?: ruvraft.metadata.SetClusterSettings.$Properties): ruvraft.metadata.SetClusterSettings;

            /**
             * Encodes the specified SetClusterSettings message. Does not implicitly {@link ruvraft.metadata.SetClusterSettings.verify|verify} messages.
             * @param message SetClusterSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.SetClusterSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetClusterSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.SetClusterSettings & ruvraft.metadata.SetClusterSettings.$Shape} SetClusterSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.SetClusterSettings & ruvraft.metadata.SetClusterSettings.$Shape;

            /**
             * Gets the type url for SetClusterSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetClusterSettings {

            /** Properties of a SetClusterSettings. */
            interface $Properties {

                /** SetClusterSettings settings */
                settings?: (ruvraft.metadata.ClusterSettings.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetClusterSettings. */
            type $Shape = ruvraft.metadata.SetClusterSettings.$Properties;
        }

        /**
         * Properties of a CreateCollection.
         * @deprecated Use ruvraft.metadata.CreateCollection.$Properties instead.
         */
        interface ICreateCollection extends ruvraft.metadata.CreateCollection.$Properties {
        }

        /** Represents a CreateCollection. */
        class CreateCollection {

            /**
             * Constructs a new CreateCollection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.CreateCollection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateCollection spec. */
            spec?: (ruvraft.metadata.CollectionSpec.$Properties|null);

            /**
             * Creates a new CreateCollection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateCollection instance
             */
            static create(properties: ruvraft.metadata.CreateCollection.$Shape): ruvraft.metadata.CreateCollection & ruvraft.metadata.CreateCollection.$Shape;
            static create(properties?: ruvraft.metadata.CreateCollection.$Properties): ruvraft.metadata.CreateCollection;

            /**
             * Encodes the specified CreateCollection message. Does not implicitly {@link ruvraft.metadata.CreateCollection.verify|verify} messages.
             * @param message CreateCollection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.CreateCollection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateCollection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CreateCollection & ruvraft.metadata.CreateCollection.$Shape} CreateCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.CreateCollection & ruvraft.metadata.CreateCollection.$Shape;

            /**
             * Gets the type url for CreateCollection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateCollection {

            /** Properties of a CreateCollection. */
            interface $Properties {

                /** CreateCollection spec */
                spec?: (ruvraft.metadata.CollectionSpec.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateCollection. */
            type $Shape = {
              spec?: ruvraft.metadata.CollectionSpec.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an UpdateCollection.
         * @deprecated Use ruvraft.metadata.UpdateCollection.$Properties instead.
         */
        interface IUpdateCollection extends ruvraft.metadata.UpdateCollection.$Properties {
        }

        /** Represents an UpdateCollection. */
        class UpdateCollection {

            /**
             * Constructs a new UpdateCollection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.UpdateCollection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateCollection name. */
            name: string;

            /** UpdateCollection efSearch. */
            efSearch: number;

            /** UpdateCollection replicationFactor. */
            replicationFactor: number;

            /**
             * Creates a new UpdateCollection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateCollection instance
             */
            static create(properties: ruvraft.metadata.UpdateCollection.$Shape): ruvraft.metadata.UpdateCollection & ruvraft.metadata.UpdateCollection.$Shape;
            static create(properties?: ruvraft.metadata.UpdateCollection.$Properties): ruvraft.metadata.UpdateCollection;

            /**
             * Encodes the specified UpdateCollection message. Does not implicitly {@link ruvraft.metadata.UpdateCollection.verify|verify} messages.
             * @param message UpdateCollection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.UpdateCollection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateCollection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateCollection & ruvraft.metadata.UpdateCollection.$Shape} UpdateCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.UpdateCollection & ruvraft.metadata.UpdateCollection.$Shape;

            /**
             * Gets the type url for UpdateCollection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateCollection {

            /** Properties of an UpdateCollection. */
            interface $Properties {

                /** UpdateCollection name */
                name?: (string|null);

                /** UpdateCollection efSearch */
                efSearch?: (number|null);

                /** UpdateCollection replicationFactor */
                replicationFactor?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateCollection. */
            type $Shape = ruvraft.metadata.UpdateCollection.$Properties;
        }

        /**
         * Properties of a DropCollection.
         * @deprecated Use ruvraft.metadata.DropCollection.$Properties instead.
         */
        interface IDropCollection extends ruvraft.metadata.DropCollection.$Properties {
        }

        /** Represents a DropCollection. */
        class DropCollection {

            /**
             * Constructs a new DropCollection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.DropCollection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DropCollection name. */
            name: string;

            /**
             * Creates a new DropCollection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DropCollection instance
             */
            static create(properties: ruvraft.metadata.DropCollection.$Shape): ruvraft.metadata.DropCollection & ruvraft.metadata.DropCollection.$Shape;
            static create(properties?: ruvraft.metadata.DropCollection.$Properties): ruvraft.metadata.DropCollection;

            /**
             * Encodes the specified DropCollection message. Does not implicitly {@link ruvraft.metadata.DropCollection.verify|verify} messages.
             * @param message DropCollection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.DropCollection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DropCollection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.DropCollection & ruvraft.metadata.DropCollection.$Shape} DropCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.DropCollection & ruvraft.metadata.DropCollection.$Shape;

            /**
             * Gets the type url for DropCollection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DropCollection {

            /** Properties of a DropCollection. */
            interface $Properties {

                /** DropCollection name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DropCollection. */
            type $Shape = ruvraft.metadata.DropCollection.$Properties;
        }

        /**
         * Properties of a CreateAlias.
         * @deprecated Use ruvraft.metadata.CreateAlias.$Properties instead.
         */
        interface ICreateAlias extends ruvraft.metadata.CreateAlias.$Properties {
        }

        /** Represents a CreateAlias. */
        class CreateAlias {

            /**
             * Constructs a new CreateAlias.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.CreateAlias.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateAlias alias. */
            alias: string;

            /** CreateAlias collection. */
            collection: string;

            /**
             * Creates a new CreateAlias instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateAlias instance
             */
            static create(properties: ruvraft.metadata.CreateAlias.$Shape): ruvraft.metadata.CreateAlias & ruvraft.metadata.CreateAlias.$Shape;
            static create(properties?: ruvraft.metadata.CreateAlias.$Properties): ruvraft.metadata.CreateAlias;

            /**
             * Encodes the specified CreateAlias message. Does not implicitly {@link ruvraft.metadata.CreateAlias.verify|verify} messages.
             * @param message CreateAlias message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.CreateAlias.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateAlias message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CreateAlias & ruvraft.metadata.CreateAlias.$Shape} CreateAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.CreateAlias & ruvraft.metadata.CreateAlias.$Shape;

            /**
             * Gets the type url for CreateAlias
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateAlias {

            /** Properties of a CreateAlias. */
            interface $Properties {

                /** CreateAlias alias */
                alias?: (string|null);

                /** CreateAlias collection */
                collection?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateAlias. */
            type $Shape = ruvraft.metadata.CreateAlias.$Properties;
        }

        /**
         * Properties of a DeleteAlias.
         * @deprecated Use ruvraft.metadata.DeleteAlias.$Properties instead.
         */
        interface IDeleteAlias extends ruvraft.metadata.DeleteAlias.$Properties {
        }

        /** Represents a DeleteAlias. */
        class DeleteAlias {

            /**
             * Constructs a new DeleteAlias.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.DeleteAlias.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAlias alias. */
            alias: string;

            /**
             * Creates a new DeleteAlias instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAlias instance
             */
            static create(properties: ruvraft.metadata.DeleteAlias.$Shape): ruvraft.metadata.DeleteAlias & ruvraft.metadata.DeleteAlias.$Shape;
            static create(properties?: ruvraft.metadata.DeleteAlias.$Properties): ruvraft.metadata.DeleteAlias;

            /**
             * Encodes the specified DeleteAlias message. Does not implicitly {@link ruvraft.metadata.DeleteAlias.verify|verify} messages.
             * @param message DeleteAlias message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.DeleteAlias.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAlias message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.DeleteAlias & ruvraft.metadata.DeleteAlias.$Shape} DeleteAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.DeleteAlias & ruvraft.metadata.DeleteAlias.$Shape;

            /**
             * Gets the type url for DeleteAlias
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteAlias {

            /** Properties of a DeleteAlias. */
            interface $Properties {

                /** DeleteAlias alias */
                alias?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAlias. */
            type $Shape = ruvraft.metadata.DeleteAlias.$Properties;
        }

        /**
         * Properties of a SwitchAlias.
         * @deprecated Use ruvraft.metadata.SwitchAlias.$Properties instead.
         */
        interface ISwitchAlias extends ruvraft.metadata.SwitchAlias.$Properties {
        }

        /** Represents a SwitchAlias. */
        class SwitchAlias {

            /**
             * Constructs a new SwitchAlias.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.SwitchAlias.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SwitchAlias alias. */
            alias: string;

            /** SwitchAlias collection. */
            collection: string;

            /**
             * Creates a new SwitchAlias instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SwitchAlias instance
             */
            static create(properties: ruvraft.metadata.SwitchAlias.$Shape): ruvraft.metadata.SwitchAlias & ruvraft.metadata.SwitchAlias.$Shape;
            static create(properties?: ruvraft.metadata.SwitchAlias.$Properties): ruvraft.metadata.SwitchAlias;

            /**
             * Encodes the specified SwitchAlias message. Does not implicitly {@link ruvraft.metadata.SwitchAlias.verify|verify} messages.
             * @param message SwitchAlias message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.SwitchAlias.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SwitchAlias message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.SwitchAlias & ruvraft.metadata.SwitchAlias.$Shape} SwitchAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.SwitchAlias & ruvraft.metadata.SwitchAlias.$Shape;

            /**
             * Gets the type url for SwitchAlias
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SwitchAlias {

            /** Properties of a SwitchAlias. */
            interface $Properties {

                /** SwitchAlias alias */
                alias?: (string|null);

                /** SwitchAlias collection */
                collection?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SwitchAlias. */
            type $Shape = ruvraft.metadata.SwitchAlias.$Properties;
        }

        /**
         * Properties of a StartMigration.
         * @deprecated Use ruvraft.metadata.StartMigration.$Properties instead.
         */
        interface IStartMigration extends ruvraft.metadata.StartMigration.$Properties {
        }

        /** Represents a StartMigration. */
        class StartMigration {

            /**
             * Constructs a new StartMigration.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.StartMigration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartMigration collection. */
            collection: string;

            /** StartMigration shardId. */
            shardId: number;

            /** StartMigration sourceNodeId. */
            sourceNodeId: number;

            /** StartMigration targetNodeId. */
            targetNodeId: number;

            /** StartMigration totalKeys. */
            totalKeys: number;

            /**
             * Creates a new StartMigration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartMigration instance
             */
            static create(properties: ruvraft.metadata.StartMigration.$Shape): ruvraft.metadata.StartMigration & ruvraft.metadata.StartMigration.$Shape;
            static create(properties?: ruvraft.metadata.StartMigration.$Properties): ruvraft.metadata.StartMigration;

            /**
             * Encodes the specified StartMigration message. Does not implicitly {@link ruvraft.metadata.StartMigration.verify|verify} messages.
             * @param message StartMigration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.StartMigration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartMigration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.StartMigration & ruvraft.metadata.StartMigration.$Shape} StartMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.StartMigration & ruvraft.metadata.StartMigration.$Shape;

            /**
             * Gets the type url for StartMigration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartMigration {

            /** Properties of a StartMigration. */
            interface $Properties {

                /** StartMigration collection */
                collection?: (string|null);

                /** StartMigration shardId */
                shardId?: (number|null);

                /** StartMigration sourceNodeId */
                sourceNodeId?: (number|null);

                /** StartMigration targetNodeId */
                targetNodeId?: (number|null);

                /** StartMigration totalKeys */
                totalKeys?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartMigration. */
            type $Shape = ruvraft.metadata.StartMigration.$Properties;
        }

        /**
         * Properties of a CompleteMigration.
         * @deprecated Use ruvraft.metadata.CompleteMigration.$Properties instead.
         */
        interface ICompleteMigration extends ruvraft.metadata.CompleteMigration.$Properties {
        }

        /** Represents a CompleteMigration. */
        class CompleteMigration {

            /**
             * Constructs a new CompleteMigration.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.CompleteMigration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompleteMigration collection. */
            collection: string;

            /** CompleteMigration shardId. */
            shardId: number;

            /**
             * Creates a new CompleteMigration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompleteMigration instance
             */
            static create(properties: ruvraft.metadata.CompleteMigration.$Shape): ruvraft.metadata.CompleteMigration & ruvraft.metadata.CompleteMigration.$Shape;
            static create(properties?: ruvraft.metadata.CompleteMigration.$Properties): ruvraft.metadata.CompleteMigration;

            /**
             * Encodes the specified CompleteMigration message. Does not implicitly {@link ruvraft.metadata.CompleteMigration.verify|verify} messages.
             * @param message CompleteMigration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.CompleteMigration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompleteMigration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CompleteMigration & ruvraft.metadata.CompleteMigration.$Shape} CompleteMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.CompleteMigration & ruvraft.metadata.CompleteMigration.$Shape;

            /**
             * Gets the type url for CompleteMigration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompleteMigration {

            /** Properties of a CompleteMigration. */
            interface $Properties {

                /** CompleteMigration collection */
                collection?: (string|null);

                /** CompleteMigration shardId */
                shardId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompleteMigration. */
            type $Shape = ruvraft.metadata.CompleteMigration.$Properties;
        }

        /**
         * Properties of an AbortMigration.
         * @deprecated Use ruvraft.metadata.AbortMigration.$Properties instead.
         */
        interface IAbortMigration extends ruvraft.metadata.AbortMigration.$Properties {
        }

        /** Represents an AbortMigration. */
        class AbortMigration {

            /**
             * Constructs a new AbortMigration.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.AbortMigration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AbortMigration collection. */
            collection: string;

            /** AbortMigration shardId. */
            shardId: number;

            /**
             * Creates a new AbortMigration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AbortMigration instance
             */
            static create(properties: ruvraft.metadata.AbortMigration.$Shape): ruvraft.metadata.AbortMigration & ruvraft.metadata.AbortMigration.$Shape;
            static create(properties?: ruvraft.metadata.AbortMigration.$Properties): ruvraft.metadata.AbortMigration;

            /**
             * Encodes the specified AbortMigration message. Does not implicitly {@link ruvraft.metadata.AbortMigration.verify|verify} messages.
             * @param message AbortMigration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.AbortMigration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AbortMigration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.AbortMigration & ruvraft.metadata.AbortMigration.$Shape} AbortMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.AbortMigration & ruvraft.metadata.AbortMigration.$Shape;

            /**
             * Gets the type url for AbortMigration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AbortMigration {

            /** Properties of an AbortMigration. */
            interface $Properties {

                /** AbortMigration collection */
                collection?: (string|null);

                /** AbortMigration shardId */
                shardId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AbortMigration. */
            type $Shape = ruvraft.metadata.AbortMigration.$Properties;
        }

        /**
         * Properties of a PromotePrimary.
         * @deprecated Use ruvraft.metadata.PromotePrimary.$Properties instead.
         */
        interface IPromotePrimary extends ruvraft.metadata.PromotePrimary.$Properties {
        }

        /** Represents a PromotePrimary. */
        class PromotePrimary {

            /**
             * Constructs a new PromotePrimary.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.PromotePrimary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PromotePrimary collection. */
            collection: string;

            /** PromotePrimary shardId. */
            shardId: number;

            /** PromotePrimary nodeId. */
            nodeId: number;

            /**
             * Creates a new PromotePrimary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PromotePrimary instance
             */
            static create(properties: ruvraft.metadata.PromotePrimary.$Shape): ruvraft.metadata.PromotePrimary & ruvraft.metadata.PromotePrimary.$Shape;
            static create(properties?: ruvraft.metadata.PromotePrimary.$Properties): ruvraft.metadata.PromotePrimary;

            /**
             * Encodes the specified PromotePrimary message. Does not implicitly {@link ruvraft.metadata.PromotePrimary.verify|verify} messages.
             * @param message PromotePrimary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.PromotePrimary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PromotePrimary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.PromotePrimary & ruvraft.metadata.PromotePrimary.$Shape} PromotePrimary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.PromotePrimary & ruvraft.metadata.PromotePrimary.$Shape;

            /**
             * Gets the type url for PromotePrimary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PromotePrimary {

            /** Properties of a PromotePrimary. */
            interface $Properties {

                /** PromotePrimary collection */
                collection?: (string|null);

                /** PromotePrimary shardId */
                shardId?: (number|null);

                /** PromotePrimary nodeId */
                nodeId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PromotePrimary. */
            type $Shape = ruvraft.metadata.PromotePrimary.$Properties;
        }

        /**
         * Properties of a SetShardStatus.
         * @deprecated Use ruvraft.metadata.SetShardStatus.$Properties instead.
         */
        interface ISetShardStatus extends ruvraft.metadata.SetShardStatus.$Properties {
        }

        /** Represents a SetShardStatus. */
        class SetShardStatus {

            /**
             * Constructs a new SetShardStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.SetShardStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetShardStatus collection. */
            collection: string;

            /** SetShardStatus shardId. */
            shardId: number;

            /** SetShardStatus status. */
            status: ruvraft.metadata.ShardStatus;

            /** SetShardStatus holderNodeIds. */
            holderNodeIds: number[];

            /** SetShardStatus holderSinceIndexes. */
            holderSinceIndexes: number[];

            /**
             * Creates a new SetShardStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetShardStatus instance
             */
            static create(properties: ruvraft.metadata.SetShardStatus.$Shape): ruvraft.metadata.SetShardStatus & ruvraft.metadata.SetShardStatus.$Shape;
            static create(properties?: ruvraft.metadata.SetShardStatus.$Properties): ruvraft.metadata.SetShardStatus;

            /**
             * Encodes the specified SetShardStatus message. Does not implicitly {@link ruvraft.metadata.SetShardStatus.verify|verify} messages.
             * @param message SetShardStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.SetShardStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetShardStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.SetShardStatus & ruvraft.metadata.SetShardStatus.$Shape} SetShardStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.SetShardStatus & ruvraft.metadata.SetShardStatus.$Shape;

            /**
             * Gets the type url for SetShardStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetShardStatus {

            /** Properties of a SetShardStatus. */
            interface $Properties {

                /** SetShardStatus collection */
                collection?: (string|null);

                /** SetShardStatus shardId */
                shardId?: (number|null);

                /** SetShardStatus status */
                status?: (ruvraft.metadata.ShardStatus|null);

                /** SetShardStatus holderNodeIds */
                holderNodeIds?: (number[]|null);

                /** SetShardStatus holderSinceIndexes */
                holderSinceIndexes?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetShardStatus. */
            type $Shape = ruvraft.metadata.SetShardStatus.$Properties;
        }

        /**
         * Properties of a Rebalance.
         * @deprecated Use ruvraft.metadata.Rebalance.$Properties instead.
         */
        interface IRebalance extends ruvraft.metadata.Rebalance.$Properties {
        }

        /** Represents a Rebalance. */
        class Rebalance {

            /**
             * Constructs a new Rebalance.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Rebalance.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rebalance collection. */
            collection: string;

            /**
             * Creates a new Rebalance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rebalance instance
             */
            static create(properties: ruvraft.metadata.Rebalance.$Shape): ruvraft.metadata.Rebalance & ruvraft.metadata.Rebalance.$Shape;
            static create(properties?: ruvraft.metadata.Rebalance.$Properties): ruvraft.metadata.Rebalance;

            /**
             * Encodes the specified Rebalance message. Does not implicitly {@link ruvraft.metadata.Rebalance.verify|verify} messages.
             * @param message Rebalance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Rebalance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rebalance message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Rebalance & ruvraft.metadata.Rebalance.$Shape} Rebalance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Rebalance & ruvraft.metadata.Rebalance.$Shape;

            /**
             * Gets the type url for Rebalance
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rebalance {

            /** Properties of a Rebalance. */
            interface $Properties {

                /** Rebalance collection */
                collection?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rebalance. */
            type $Shape = ruvraft.metadata.Rebalance.$Properties;
        }

        /**
         * Properties of a DrainNode.
         * @deprecated Use ruvraft.metadata.DrainNode.$Properties instead.
         */
        interface IDrainNode extends ruvraft.metadata.DrainNode.$Properties {
        }

        /** Represents a DrainNode. */
        class DrainNode {

            /**
             * Constructs a new DrainNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.DrainNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DrainNode nodeId. */
            nodeId: number;

            /** DrainNode draining. */
            draining: boolean;

            /**
             * Creates a new DrainNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DrainNode instance
             */
            static create(properties: ruvraft.metadata.DrainNode.$Shape): ruvraft.metadata.DrainNode & ruvraft.metadata.DrainNode.$Shape;
            static create(properties?: ruvraft.metadata.DrainNode.$Properties): ruvraft.metadata.DrainNode;

            /**
             * Encodes the specified DrainNode message. Does not implicitly {@link ruvraft.metadata.DrainNode.verify|verify} messages.
             * @param message DrainNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.DrainNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DrainNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.DrainNode & ruvraft.metadata.DrainNode.$Shape} DrainNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.DrainNode & ruvraft.metadata.DrainNode.$Shape;

            /**
             * Gets the type url for DrainNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DrainNode {

            /** Properties of a DrainNode. */
            interface $Properties {

                /** DrainNode nodeId */
                nodeId?: (number|null);

                /** DrainNode draining */
                draining?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DrainNode. */
            type $Shape = ruvraft.metadata.DrainNode.$Properties;
        }

        /**
         * Properties of a ReportShardStats.
         * @deprecated Use ruvraft.metadata.ReportShardStats.$Properties instead.
         */
        interface IReportShardStats extends ruvraft.metadata.ReportShardStats.$Properties {
        }

        /** Represents a ReportShardStats. */
        class ReportShardStats {

            /**
             * Constructs a new ReportShardStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ReportShardStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReportShardStats nodeId. */
            nodeId: number;

            /** ReportShardStats shards. */
            shards: ruvraft.metadata.ShardStatsEntry.$Properties[];

            /**
             * Creates a new ReportShardStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReportShardStats instance
             */
            static create(properties: ruvraft.metadata.ReportShardStats.$Shape): ruvraft.metadata.ReportShardStats & ruvraft.metadata.ReportShardStats.$Shape;
            static create(properties?: ruvraft.metadata.ReportShardStats.$Properties): ruvraft.metadata.ReportShardStats;

            /**
             * Encodes the specified ReportShardStats message. Does not implicitly {@link ruvraft.metadata.ReportShardStats.verify|verify} messages.
             * @param message ReportShardStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ReportShardStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReportShardStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ReportShardStats & ruvraft.metadata.ReportShardStats.$Shape} ReportShardStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ReportShardStats & ruvraft.metadata.ReportShardStats.$Shape;

            /**
             * Gets the type url for ReportShardStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReportShardStats {

            /** Properties of a ReportShardStats. */
            interface $Properties {

                /** ReportShardStats nodeId */
                nodeId?: (number|null);

                /** ReportShardStats shards */
                shards?: (ruvraft.metadata.ShardStatsEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReportShardStats. */
            type $Shape = ruvraft.metadata.ReportShardStats.$Properties;
        }

        /**
         * Properties of a ShardStatsEntry.
         * @deprecated Use ruvraft.metadata.ShardStatsEntry.$Properties instead.
         */
        interface IShardStatsEntry extends ruvraft.metadata.ShardStatsEntry.$Properties {
        }

        /** Represents a ShardStatsEntry. */
        class ShardStatsEntry {

            /**
             * Constructs a new ShardStatsEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ShardStatsEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardStatsEntry collection. */
            collection: string;

            /** ShardStatsEntry shardId. */
            shardId: number;

            /** ShardStatsEntry vectorCount. */
            vectorCount: number;

            /** ShardStatsEntry bytes. */
            bytes: number;

            /**
             * Creates a new ShardStatsEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardStatsEntry instance
             */
            static create(properties: ruvraft.metadata.ShardStatsEntry.$Shape): ruvraft.metadata.ShardStatsEntry & ruvraft.metadata.ShardStatsEntry.$Shape;
            static create(properties?: ruvraft.metadata.ShardStatsEntry.$Properties): ruvraft.metadata.ShardStatsEntry;

            /**
             * Encodes the specified ShardStatsEntry message. Does not implicitly {@link ruvraft.metadata.ShardStatsEntry.verify|verify} messages.
             * @param message ShardStatsEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ShardStatsEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardStatsEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardStatsEntry & ruvraft.metadata.ShardStatsEntry.$Shape} ShardStatsEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ShardStatsEntry & ruvraft.metadata.ShardStatsEntry.$Shape;

            /**
             * Gets the type url for ShardStatsEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardStatsEntry {

            /** Properties of a ShardStatsEntry. */
            interface $Properties {

                /** ShardStatsEntry collection */
                collection?: (string|null);

                /** ShardStatsEntry shardId */
                shardId?: (number|null);

                /** ShardStatsEntry vectorCount */
                vectorCount?: (number|null);

                /** ShardStatsEntry bytes */
                bytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardStatsEntry. */
            type $Shape = ruvraft.metadata.ShardStatsEntry.$Properties;
        }

        /**
         * Properties of an UpdateNodeAddress.
         * @deprecated Use ruvraft.metadata.UpdateNodeAddress.$Properties instead.
         */
        interface IUpdateNodeAddress extends ruvraft.metadata.UpdateNodeAddress.$Properties {
        }

        /** Represents an UpdateNodeAddress. */
        class UpdateNodeAddress {

            /**
             * Constructs a new UpdateNodeAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.UpdateNodeAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateNodeAddress nodeId. */
            nodeId: number;

            /** UpdateNodeAddress address. */
            address: string;

            /**
             * Creates a new UpdateNodeAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateNodeAddress instance
             */
            static create(properties: ruvraft.metadata.UpdateNodeAddress.$Shape): ruvraft.metadata.UpdateNodeAddress & ruvraft.metadata.UpdateNodeAddress.$Shape;
            static create(properties?: ruvraft.metadata.UpdateNodeAddress.$Properties): ruvraft.metadata.UpdateNodeAddress;

            /**
             * Encodes the specified UpdateNodeAddress message. Does not implicitly {@link ruvraft.metadata.UpdateNodeAddress.verify|verify} messages.
             * @param message UpdateNodeAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.UpdateNodeAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateNodeAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeAddress & ruvraft.metadata.UpdateNodeAddress.$Shape} UpdateNodeAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.UpdateNodeAddress & ruvraft.metadata.UpdateNodeAddress.$Shape;

            /**
             * Gets the type url for UpdateNodeAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateNodeAddress {

            /** Properties of an UpdateNodeAddress. */
            interface $Properties {

                /** UpdateNodeAddress nodeId */
                nodeId?: (number|null);

                /** UpdateNodeAddress address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateNodeAddress. */
            type $Shape = ruvraft.metadata.UpdateNodeAddress.$Properties;
        }

        /**
         * Properties of a MetadataQuery.
         * @deprecated Use ruvraft.metadata.MetadataQuery.$Properties instead.
         */
        interface IMetadataQuery extends ruvraft.metadata.MetadataQuery.$Properties {
        }

        /** Represents a MetadataQuery. */
        class MetadataQuery {

            /**
             * Constructs a new MetadataQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.MetadataQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataQuery listCollections. */
            listCollections?: (ruvraft.metadata.ListCollections.$Properties|null);

            /** MetadataQuery getCollection. */
            getCollection?: (ruvraft.metadata.GetCollection.$Properties|null);

            /** MetadataQuery resolveAlias. */
            resolveAlias?: (ruvraft.metadata.ResolveAlias.$Properties|null);

            /** MetadataQuery listAliases. */
            listAliases?: (ruvraft.metadata.ListAliases.$Properties|null);

            /** MetadataQuery shardsOfCollection. */
            shardsOfCollection?: (ruvraft.metadata.ShardsOfCollection.$Properties|null);

            /** MetadataQuery shardsOnNode. */
            shardsOnNode?: (ruvraft.metadata.ShardsOnNode.$Properties|null);

            /** MetadataQuery listNodes. */
            listNodes?: (ruvraft.metadata.ListNodes.$Properties|null);

            /** MetadataQuery getSettings. */
            getSettings?: (ruvraft.metadata.GetSettings.$Properties|null);

            /** MetadataQuery watch. */
            watch?: (ruvraft.metadata.Watch.$Properties|null);

            /** MetadataQuery query. */
            query?: ("listCollections"|"getCollection"|"resolveAlias"|"listAliases"|"shardsOfCollection"|"shardsOnNode"|"listNodes"|"getSettings"|"watch");

            /**
             * Creates a new MetadataQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataQuery instance
             */
            static create(properties: ruvraft.metadata.MetadataQuery.$Shape): ruvraft.metadata.MetadataQuery & ruvraft.metadata.MetadataQuery.$Shape;
            static create(properties?: ruvraft.metadata.MetadataQuery.$Properties): ruvraft.metadata.MetadataQuery;

            /**
             * Encodes the specified MetadataQuery message. Does not implicitly {@link ruvraft.metadata.MetadataQuery.verify|verify} messages.
             * @param message MetadataQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.MetadataQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataQuery & ruvraft.metadata.MetadataQuery.$Shape} MetadataQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.MetadataQuery & ruvraft.metadata.MetadataQuery.$Shape;

            /**
             * Gets the type url for MetadataQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataQuery {

            /** Properties of a MetadataQuery. */
            interface $Properties {

                /** MetadataQuery listCollections */
                listCollections?: (ruvraft.metadata.ListCollections.$Properties|null);

                /** MetadataQuery getCollection */
                getCollection?: (ruvraft.metadata.GetCollection.$Properties|null);

                /** MetadataQuery resolveAlias */
                resolveAlias?: (ruvraft.metadata.ResolveAlias.$Properties|null);

                /** MetadataQuery listAliases */
                listAliases?: (ruvraft.metadata.ListAliases.$Properties|null);

                /** MetadataQuery shardsOfCollection */
                shardsOfCollection?: (ruvraft.metadata.ShardsOfCollection.$Properties|null);

                /** MetadataQuery shardsOnNode */
                shardsOnNode?: (ruvraft.metadata.ShardsOnNode.$Properties|null);

                /** MetadataQuery listNodes */
                listNodes?: (ruvraft.metadata.ListNodes.$Properties|null);

                /** MetadataQuery getSettings */
                getSettings?: (ruvraft.metadata.GetSettings.$Properties|null);

                /** MetadataQuery watch */
                watch?: (ruvraft.metadata.Watch.$Properties|null);

                /** MetadataQuery query */
                query?: ("listCollections"|"getCollection"|"resolveAlias"|"listAliases"|"shardsOfCollection"|"shardsOnNode"|"listNodes"|"getSettings"|"watch");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MetadataQuery. */
            type $Shape = {
              listCollections?: ruvraft.metadata.ListCollections.$Shape|null;
              getCollection?: ruvraft.metadata.GetCollection.$Shape|null;
              resolveAlias?: ruvraft.metadata.ResolveAlias.$Shape|null;
              listAliases?: ruvraft.metadata.ListAliases.$Shape|null;
              shardsOfCollection?: ruvraft.metadata.ShardsOfCollection.$Shape|null;
              shardsOnNode?: ruvraft.metadata.ShardsOnNode.$Shape|null;
              listNodes?: ruvraft.metadata.ListNodes.$Shape|null;
              getSettings?: ruvraft.metadata.GetSettings.$Shape|null;
              watch?: ruvraft.metadata.Watch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ query?: undefined; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "listCollections"; listCollections: ruvraft.metadata.ListCollections.$Shape; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "getCollection"; listCollections?: null; getCollection: ruvraft.metadata.GetCollection.$Shape; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "resolveAlias"; listCollections?: null; getCollection?: null; resolveAlias: ruvraft.metadata.ResolveAlias.$Shape; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "listAliases"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases: ruvraft.metadata.ListAliases.$Shape; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "shardsOfCollection"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection: ruvraft.metadata.ShardsOfCollection.$Shape; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "shardsOnNode"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode: ruvraft.metadata.ShardsOnNode.$Shape; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "listNodes"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes: ruvraft.metadata.ListNodes.$Shape; getSettings?: null; watch?: null }|{ query?: "getSettings"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings: ruvraft.metadata.GetSettings.$Shape; watch?: null }|{ query?: "watch"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch: ruvraft.metadata.Watch.$Shape })
            );
        }

        /**
         * Properties of a ListCollections.
         * @deprecated Use ruvraft.metadata.ListCollections.$Properties instead.
         */
        interface IListCollections extends ruvraft.metadata.ListCollections.$Properties {
        }

        /** Represents a ListCollections. */
        class ListCollections {

            /**
             * Constructs a new ListCollections.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ListCollections.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListCollections instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListCollections instance
             */
            static create(properties: ruvraft.metadata.ListCollections.$Shape): ruvraft.metadata.ListCollections & ruvraft.metadata.ListCollections.$Shape;
            static create(properties?: ruvraft.metadata.ListCollections.$Properties): ruvraft.metadata.ListCollections;

            /**
             * Encodes the specified ListCollections message. Does not implicitly {@link ruvraft.metadata.ListCollections.verify|verify} messages.
             * @param message ListCollections message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ListCollections.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListCollections message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ListCollections & ruvraft.metadata.ListCollections.$Shape} ListCollections
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ListCollections & ruvraft.metadata.ListCollections.$Shape;

            /**
             * Gets the type url for ListCollections
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListCollections {

            /** Properties of a ListCollections. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListCollections. */
            type $Shape = ruvraft.metadata.ListCollections.$Properties;
        }

        /**
         * Properties of a GetCollection.
         * @deprecated Use ruvraft.metadata.GetCollection.$Properties instead.
         */
        interface IGetCollection extends ruvraft.metadata.GetCollection.$Properties {
        }

        /** Represents a GetCollection. */
        class GetCollection {

            /**
             * Constructs a new GetCollection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.GetCollection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetCollection name. */
            name: string;

            /**
             * Creates a new GetCollection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetCollection instance
             */
            static create(properties: ruvraft.metadata.GetCollection.$Shape): ruvraft.metadata.GetCollection & ruvraft.metadata.GetCollection.$Shape;
            static create(properties?: ruvraft.metadata.GetCollection.$Properties): ruvraft.metadata.GetCollection;

            /**
             * Encodes the specified GetCollection message. Does not implicitly {@link ruvraft.metadata.GetCollection.verify|verify} messages.
             * @param message GetCollection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.GetCollection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetCollection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.GetCollection & ruvraft.metadata.GetCollection.$Shape} GetCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.GetCollection & ruvraft.metadata.GetCollection.$Shape;

            /**
             * Gets the type url for GetCollection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetCollection {

            /** Properties of a GetCollection. */
            interface $Properties {

                /** GetCollection name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetCollection. */
            type $Shape = ruvraft.metadata.GetCollection.$Properties;
        }

        /**
         * Properties of a ResolveAlias.
         * @deprecated Use ruvraft.metadata.ResolveAlias.$Properties instead.
         */
        interface IResolveAlias extends ruvraft.metadata.ResolveAlias.$Properties {
        }

        /** Represents a ResolveAlias. */
        class ResolveAlias {

            /**
             * Constructs a new ResolveAlias.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ResolveAlias.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResolveAlias alias. */
            alias: string;

            /**
             * Creates a new ResolveAlias instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveAlias instance
             */
            static create(properties: ruvraft.metadata.ResolveAlias.$Shape): ruvraft.metadata.ResolveAlias & ruvraft.metadata.ResolveAlias.$Shape;
            static create(properties?: ruvraft.metadata.ResolveAlias.$Properties): ruvraft.metadata.ResolveAlias;

            /**
             * Encodes the specified ResolveAlias message. Does not implicitly {@link ruvraft.metadata.ResolveAlias.verify|verify} messages.
             * @param message ResolveAlias message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ResolveAlias.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveAlias message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ResolveAlias & ruvraft.metadata.ResolveAlias.$Shape} ResolveAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ResolveAlias & ruvraft.metadata.ResolveAlias.$Shape;

            /**
             * Gets the type url for ResolveAlias
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResolveAlias {

            /** Properties of a ResolveAlias. */
            interface $Properties {

                /** ResolveAlias alias */
                alias?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResolveAlias. */
            type $Shape = ruvraft.metadata.ResolveAlias.$Properties;
        }

        /**
         * Properties of a ListAliases.
         * @deprecated Use ruvraft.metadata.ListAliases.$Properties instead.
         */
        interface IListAliases extends ruvraft.metadata.ListAliases.$Properties {
        }

        /** Represents a ListAliases. */
        class ListAliases {

            /**
             * Constructs a new ListAliases.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ListAliases.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListAliases instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAliases instance
             */
            static create(properties: ruvraft.metadata.ListAliases.$Shape): ruvraft.metadata.ListAliases & ruvraft.metadata.ListAliases.$Shape;
            static create(properties?: ruvraft.metadata.ListAliases.$Properties): ruvraft.metadata.ListAliases;

            /**
             * Encodes the specified ListAliases message. Does not implicitly {@link ruvraft.metadata.ListAliases.verify|verify} messages.
             * @param message ListAliases message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ListAliases.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAliases message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ListAliases & ruvraft.metadata.ListAliases.$Shape} ListAliases
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ListAliases & ruvraft.metadata.ListAliases.$Shape;

            /**
             * Gets the type url for ListAliases
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListAliases {

            /** Properties of a ListAliases. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListAliases. */
            type $Shape = ruvraft.metadata.ListAliases.$Properties;
        }

        /**
         * Properties of a ShardsOfCollection.
         * @deprecated Use ruvraft.metadata.ShardsOfCollection.$Properties instead.
         */
        interface IShardsOfCollection extends ruvraft.metadata.ShardsOfCollection.$Properties {
        }

        /** Represents a ShardsOfCollection. */
        class ShardsOfCollection {

            /**
             * Constructs a new ShardsOfCollection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ShardsOfCollection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardsOfCollection collection. */
            collection: string;

            /**
             * Creates a new ShardsOfCollection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardsOfCollection instance
             */
            static create(properties: ruvraft.metadata.ShardsOfCollection.$Shape): ruvraft.metadata.ShardsOfCollection & ruvraft.metadata.ShardsOfCollection.$Shape;
            static create(properties?: ruvraft.metadata.ShardsOfCollection.$Properties): ruvraft.metadata.ShardsOfCollection;

            /**
             * Encodes the specified ShardsOfCollection message. Does not implicitly {@link ruvraft.metadata.ShardsOfCollection.verify|verify} messages.
             * @param message ShardsOfCollection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ShardsOfCollection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardsOfCollection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardsOfCollection & ruvraft.metadata.ShardsOfCollection.$Shape} ShardsOfCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ShardsOfCollection & ruvraft.metadata.ShardsOfCollection.$Shape;

            /**
             * Gets the type url for ShardsOfCollection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardsOfCollection {

            /** Properties of a ShardsOfCollection. */
            interface $Properties {

                /** ShardsOfCollection collection */
                collection?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardsOfCollection. */
            type $Shape = ruvraft.metadata.ShardsOfCollection.$Properties;
        }

        /**
         * Properties of a ShardsOnNode.
         * @deprecated Use ruvraft.metadata.ShardsOnNode.$Properties instead.
         */
        interface IShardsOnNode extends ruvraft.metadata.ShardsOnNode.$Properties {
        }

        /** Represents a ShardsOnNode. */
        class ShardsOnNode {

            /**
             * Constructs a new ShardsOnNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ShardsOnNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardsOnNode nodeId. */
            nodeId: number;

            /**
             * Creates a new ShardsOnNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardsOnNode instance
             */
            static create(properties: ruvraft.metadata.ShardsOnNode.$Shape): ruvraft.metadata.ShardsOnNode & ruvraft.metadata.ShardsOnNode.$Shape;
            static create(properties?: ruvraft.metadata.ShardsOnNode.$Properties): ruvraft.metadata.ShardsOnNode;

            /**
             * Encodes the specified ShardsOnNode message. Does not implicitly {@link ruvraft.metadata.ShardsOnNode.verify|verify} messages.
             * @param message ShardsOnNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ShardsOnNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardsOnNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardsOnNode & ruvraft.metadata.ShardsOnNode.$Shape} ShardsOnNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ShardsOnNode & ruvraft.metadata.ShardsOnNode.$Shape;

            /**
             * Gets the type url for ShardsOnNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardsOnNode {

            /** Properties of a ShardsOnNode. */
            interface $Properties {

                /** ShardsOnNode nodeId */
                nodeId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardsOnNode. */
            type $Shape = ruvraft.metadata.ShardsOnNode.$Properties;
        }

        /**
         * Properties of a ListNodes.
         * @deprecated Use ruvraft.metadata.ListNodes.$Properties instead.
         */
        interface IListNodes extends ruvraft.metadata.ListNodes.$Properties {
        }

        /** Represents a ListNodes. */
        class ListNodes {

            /**
             * Constructs a new ListNodes.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ListNodes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListNodes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListNodes instance
             */
            static create(properties: ruvraft.metadata.ListNodes.$Shape): ruvraft.metadata.ListNodes & ruvraft.metadata.ListNodes.$Shape;
            static create(properties?: ruvraft.metadata.ListNodes.$Properties): ruvraft.metadata.ListNodes;

            /**
             * Encodes the specified ListNodes message. Does not implicitly {@link ruvraft.metadata.ListNodes.verify|verify} messages.
             * @param message ListNodes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ListNodes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListNodes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ListNodes & ruvraft.metadata.ListNodes.$Shape} ListNodes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ListNodes & ruvraft.metadata.ListNodes.$Shape;

            /**
             * Gets the type url for ListNodes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNodes {

            /** Properties of a ListNodes. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListNodes. */
            type $Shape = ruvraft.metadata.ListNodes.$Properties;
        }

        /**
         * Properties of a GetSettings.
         * @deprecated Use ruvraft.metadata.GetSettings.$Properties instead.
         */
        interface IGetSettings extends ruvraft.metadata.GetSettings.$Properties {
        }

        /** Represents a GetSettings. */
        class GetSettings {

            /**
             * Constructs a new GetSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.GetSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSettings instance
             */
            static create(properties: ruvraft.metadata.GetSettings.$Shape): ruvraft.metadata.GetSettings & ruvraft.metadata.GetSettings.$Shape;
            static create(properties?: ruvraft.metadata.GetSettings.$Properties): ruvraft.metadata.GetSettings;

            /**
             * Encodes the specified GetSettings message. Does not implicitly {@link ruvraft.metadata.GetSettings.verify|verify} messages.
             * @param message GetSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.GetSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.GetSettings & ruvraft.metadata.GetSettings.$Shape} GetSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.GetSettings & ruvraft.metadata.GetSettings.$Shape;

            /**
             * Gets the type url for GetSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSettings {

            /** Properties of a GetSettings. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSettings. */
            type $Shape = ruvraft.metadata.GetSettings.$Properties;
        }

        /**
         * Properties of a Watch.
         * @deprecated Use ruvraft.metadata.Watch.$Properties instead.
         */
        interface IWatch extends ruvraft.metadata.Watch.$Properties {
        }

        /** Represents a Watch. */
        class Watch {

            /**
             * Constructs a new Watch.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Watch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Watch fromIndex. */
            fromIndex: number;

            /** Watch eventsMax. */
            eventsMax: number;

            /**
             * Creates a new Watch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Watch instance
             */
            static create(properties: ruvraft.metadata.Watch.$Shape): ruvraft.metadata.Watch & ruvraft.metadata.Watch.$Shape;
            static create(properties?: ruvraft.metadata.Watch.$Properties): ruvraft.metadata.Watch;

            /**
             * Encodes the specified Watch message. Does not implicitly {@link ruvraft.metadata.Watch.verify|verify} messages.
             * @param message Watch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Watch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Watch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Watch & ruvraft.metadata.Watch.$Shape} Watch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Watch & ruvraft.metadata.Watch.$Shape;

            /**
             * Gets the type url for Watch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Watch {

            /** Properties of a Watch. */
            interface $Properties {

                /** Watch fromIndex */
                fromIndex?: (number|null);

                /** Watch eventsMax */
                eventsMax?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Watch. */
            type $Shape = ruvraft.metadata.Watch.$Properties;
        }

        /**
         * Properties of a MetadataResponse.
         * @deprecated Use ruvraft.metadata.MetadataResponse.$Properties instead.
         */
        interface IMetadataResponse extends ruvraft.metadata.MetadataResponse.$Properties {
        }

        /** Represents a MetadataResponse. */
        class MetadataResponse {

            /**
             * Constructs a new MetadataResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.MetadataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataResponse ok. */
            ok?: (ruvraft.metadata.Ok.$Properties|null);

            /** MetadataResponse rejected. */
            rejected?: (ruvraft.metadata.Rejected.$Properties|null);

            /** MetadataResponse outcome. */
            outcome?: ("ok"|"rejected");

            /**
             * Creates a new MetadataResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataResponse instance
             */
            static create(properties: ruvraft.metadata.MetadataResponse.$Shape): ruvraft.metadata.MetadataResponse & ruvraft.metadata.MetadataResponse.$Shape;
            static create(properties?: ruvraft.metadata.MetadataResponse.$Properties): ruvraft.metadata.MetadataResponse;

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link ruvraft.metadata.MetadataResponse.verify|verify} messages.
             * @param message MetadataResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.MetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataResponse & ruvraft.metadata.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.MetadataResponse & ruvraft.metadata.MetadataResponse.$Shape;

            /**
             * Gets the type url for MetadataResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataResponse {

            /** Properties of a MetadataResponse. */
            interface $Properties {

                /** MetadataResponse ok */
                ok?: (ruvraft.metadata.Ok.$Properties|null);

                /** MetadataResponse rejected */
                rejected?: (ruvraft.metadata.Rejected.$Properties|null);

                /** MetadataResponse outcome */
                outcome?: ("ok"|"rejected");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MetadataResponse. */
            type $Shape = {
              ok?: ruvraft.metadata.Ok.$Shape|null;
              rejected?: ruvraft.metadata.Rejected.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ outcome?: undefined; ok?: null; rejected?: null }|{ outcome?: "ok"; ok: ruvraft.metadata.Ok.$Shape; rejected?: null }|{ outcome?: "rejected"; ok?: null; rejected: ruvraft.metadata.Rejected.$Shape })
            );
        }

        /**
         * Properties of an Ok.
         * @deprecated Use ruvraft.metadata.Ok.$Properties instead.
         */
        interface IOk extends ruvraft.metadata.Ok.$Properties {
        }

        /** Represents an Ok. */
        class Ok {

            /**
             * Constructs a new Ok.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Ok.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ok index. */
            index: number;

            /** Ok collections. */
            collections?: (ruvraft.metadata.CollectionList.$Properties|null);

            /** Ok collection. */
            collection?: (ruvraft.metadata.Collection.$Properties|null);

            /** Ok alias. */
            alias?: (ruvraft.metadata.Alias.$Properties|null);

            /** Ok aliases. */
            aliases?: (ruvraft.metadata.AliasList.$Properties|null);

            /** Ok shards. */
            shards?: (ruvraft.metadata.ShardList.$Properties|null);

            /** Ok nodes. */
            nodes?: (ruvraft.metadata.NodeList.$Properties|null);

            /** Ok settings. */
            settings?: (ruvraft.metadata.ClusterSettings.$Properties|null);

            /** Ok events. */
            events?: (ruvraft.metadata.WatchEvents.$Properties|null);

            /** Ok result. */
            result?: ("collections"|"collection"|"alias"|"aliases"|"shards"|"nodes"|"settings"|"events");

            /**
             * Creates a new Ok instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ok instance
             */
            static create(properties: ruvraft.metadata.Ok.$Shape): ruvraft.metadata.Ok & ruvraft.metadata.Ok.$Shape;
            static create(properties?: ruvraft.metadata.Ok.$Properties): ruvraft.metadata.Ok;

            /**
             * Encodes the specified Ok message. Does not implicitly {@link ruvraft.metadata.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Ok & ruvraft.metadata.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Ok & ruvraft.metadata.Ok.$Shape;

            /**
             * Gets the type url for Ok
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {

            /** Properties of an Ok. */
            interface $Properties {

                /** Ok index */
                index?: (number|null);

                /** Ok collections */
                collections?: (ruvraft.metadata.CollectionList.$Properties|null);

                /** Ok collection */
                collection?: (ruvraft.metadata.Collection.$Properties|null);

                /** Ok alias */
                alias?: (ruvraft.metadata.Alias.$Properties|null);

                /** Ok aliases */
                aliases?: (ruvraft.metadata.AliasList.$Properties|null);

                /** Ok shards */
                shards?: (ruvraft.metadata.ShardList.$Properties|null);

                /** Ok nodes */
                nodes?: (ruvraft.metadata.NodeList.$Properties|null);

                /** Ok settings */
                settings?: (ruvraft.metadata.ClusterSettings.$Properties|null);

                /** Ok events */
                events?: (ruvraft.metadata.WatchEvents.$Properties|null);

                /** Ok result */
                result?: ("collections"|"collection"|"alias"|"aliases"|"shards"|"nodes"|"settings"|"events");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Ok. */
            type $Shape = {
              index?: number|null;
              collections?: ruvraft.metadata.CollectionList.$Shape|null;
              collection?: ruvraft.metadata.Collection.$Shape|null;
              alias?: ruvraft.metadata.Alias.$Shape|null;
              aliases?: ruvraft.metadata.AliasList.$Shape|null;
              shards?: ruvraft.metadata.ShardList.$Shape|null;
              nodes?: ruvraft.metadata.NodeList.$Shape|null;
              settings?: ruvraft.metadata.ClusterSettings.$Shape|null;
              events?: ruvraft.metadata.WatchEvents.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "collections"; collections: ruvraft.metadata.CollectionList.$Shape; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "collection"; collections?: null; collection: ruvraft.metadata.Collection.$Shape; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "alias"; collections?: null; collection?: null; alias: ruvraft.metadata.Alias.$Shape; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "aliases"; collections?: null; collection?: null; alias?: null; aliases: ruvraft.metadata.AliasList.$Shape; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "shards"; collections?: null; collection?: null; alias?: null; aliases?: null; shards: ruvraft.metadata.ShardList.$Shape; nodes?: null; settings?: null; events?: null }|{ result?: "nodes"; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes: ruvraft.metadata.NodeList.$Shape; settings?: null; events?: null }|{ result?: "settings"; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings: ruvraft.metadata.ClusterSettings.$Shape; events?: null }|{ result?: "events"; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events: ruvraft.metadata.WatchEvents.$Shape })
            );
        }

        /**
         * Properties of a WatchEvents.
         * @deprecated Use ruvraft.metadata.WatchEvents.$Properties instead.
         */
        interface IWatchEvents extends ruvraft.metadata.WatchEvents.$Properties {
        }

        /** Represents a WatchEvents. */
        class WatchEvents {

            /**
             * Constructs a new WatchEvents.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.WatchEvents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchEvents events. */
            events: ruvraft.metadata.WatchedEvent.$Properties[];

            /** WatchEvents snapshotNeeded. */
            snapshotNeeded: boolean;

            /** WatchEvents snapshot. */
            snapshot: Uint8Array;

            /**
             * Creates a new WatchEvents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchEvents instance
             */
            static create(properties: ruvraft.metadata.WatchEvents.$Shape): ruvraft.metadata.WatchEvents & ruvraft.metadata.WatchEvents.$Shape;
            static create(properties?: ruvraft.metadata.WatchEvents.$Properties): ruvraft.metadata.WatchEvents;

            /**
             * Encodes the specified WatchEvents message. Does not implicitly {@link ruvraft.metadata.WatchEvents.verify|verify} messages.
             * @param message WatchEvents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.WatchEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchEvents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.WatchEvents & ruvraft.metadata.WatchEvents.$Shape} WatchEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.WatchEvents & ruvraft.metadata.WatchEvents.$Shape;

            /**
             * Gets the type url for WatchEvents
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchEvents {

            /** Properties of a WatchEvents. */
            interface $Properties {

                /** WatchEvents events */
                events?: (ruvraft.metadata.WatchedEvent.$Properties[]|null);

                /** WatchEvents snapshotNeeded */
                snapshotNeeded?: (boolean|null);

                /** WatchEvents snapshot */
                snapshot?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchEvents. */
            type $Shape = ruvraft.metadata.WatchEvents.$Properties;
        }

        /**
         * Properties of a WatchedEvent.
         * @deprecated Use ruvraft.metadata.WatchedEvent.$Properties instead.
         */
        interface IWatchedEvent extends ruvraft.metadata.WatchedEvent.$Properties {
        }

        /** Represents a WatchedEvent. */
        class WatchedEvent {

            /**
             * Constructs a new WatchedEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.WatchedEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchedEvent index. */
            index: number;

            /** WatchedEvent event. */
            event: Uint8Array;

            /**
             * Creates a new WatchedEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchedEvent instance
             */
            static create(properties: ruvraft.metadata.WatchedEvent.$Shape): ruvraft.metadata.WatchedEvent & ruvraft.metadata.WatchedEvent.$Shape;
            static create(properties?: ruvraft.metadata.WatchedEvent.$Properties): ruvraft.metadata.WatchedEvent;

            /**
             * Encodes the specified WatchedEvent message. Does not implicitly {@link ruvraft.metadata.WatchedEvent.verify|verify} messages.
             * @param message WatchedEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.WatchedEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchedEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.WatchedEvent & ruvraft.metadata.WatchedEvent.$Shape} WatchedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.WatchedEvent & ruvraft.metadata.WatchedEvent.$Shape;

            /**
             * Gets the type url for WatchedEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchedEvent {

            /** Properties of a WatchedEvent. */
            interface $Properties {

                /** WatchedEvent index */
                index?: (number|null);

                /** WatchedEvent event */
                event?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchedEvent. */
            type $Shape = ruvraft.metadata.WatchedEvent.$Properties;
        }

        /**
         * Properties of a Rejected.
         * @deprecated Use ruvraft.metadata.Rejected.$Properties instead.
         */
        interface IRejected extends ruvraft.metadata.Rejected.$Properties {
        }

        /** Represents a Rejected. */
        class Rejected {

            /**
             * Constructs a new Rejected.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.Rejected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rejected rule. */
            rule: string;

            /** Rejected reason. */
            reason: string;

            /**
             * Creates a new Rejected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rejected instance
             */
            static create(properties: ruvraft.metadata.Rejected.$Shape): ruvraft.metadata.Rejected & ruvraft.metadata.Rejected.$Shape;
            static create(properties?: ruvraft.metadata.Rejected.$Properties): ruvraft.metadata.Rejected;

            /**
             * Encodes the specified Rejected message. Does not implicitly {@link ruvraft.metadata.Rejected.verify|verify} messages.
             * @param message Rejected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.Rejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rejected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Rejected & ruvraft.metadata.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.Rejected & ruvraft.metadata.Rejected.$Shape;

            /**
             * Gets the type url for Rejected
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rejected {

            /** Properties of a Rejected. */
            interface $Properties {

                /** Rejected rule */
                rule?: (string|null);

                /** Rejected reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rejected. */
            type $Shape = ruvraft.metadata.Rejected.$Properties;
        }

        /**
         * Properties of a CollectionList.
         * @deprecated Use ruvraft.metadata.CollectionList.$Properties instead.
         */
        interface ICollectionList extends ruvraft.metadata.CollectionList.$Properties {
        }

        /** Represents a CollectionList. */
        class CollectionList {

            /**
             * Constructs a new CollectionList.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.CollectionList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CollectionList collections. */
            collections: ruvraft.metadata.Collection.$Properties[];

            /**
             * Creates a new CollectionList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectionList instance
             */
            static create(properties: ruvraft.metadata.CollectionList.$Shape): ruvraft.metadata.CollectionList & ruvraft.metadata.CollectionList.$Shape;
            static create(properties?: ruvraft.metadata.CollectionList.$Properties): ruvraft.metadata.CollectionList;

            /**
             * Encodes the specified CollectionList message. Does not implicitly {@link ruvraft.metadata.CollectionList.verify|verify} messages.
             * @param message CollectionList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.CollectionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectionList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CollectionList & ruvraft.metadata.CollectionList.$Shape} CollectionList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.CollectionList & ruvraft.metadata.CollectionList.$Shape;

            /**
             * Gets the type url for CollectionList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectionList {

            /** Properties of a CollectionList. */
            interface $Properties {

                /** CollectionList collections */
                collections?: (ruvraft.metadata.Collection.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CollectionList. */
            type $Shape = {
              collections?: ruvraft.metadata.Collection.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an AliasList.
         * @deprecated Use ruvraft.metadata.AliasList.$Properties instead.
         */
        interface IAliasList extends ruvraft.metadata.AliasList.$Properties {
        }

        /** Represents an AliasList. */
        class AliasList {

            /**
             * Constructs a new AliasList.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.AliasList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AliasList aliases. */
            aliases: ruvraft.metadata.Alias.$Properties[];

            /**
             * Creates a new AliasList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AliasList instance
             */
            static create(properties: ruvraft.metadata.AliasList.$Shape): ruvraft.metadata.AliasList & ruvraft.metadata.AliasList.$Shape;
            static create(properties?: ruvraft.metadata.AliasList.$Properties): ruvraft.metadata.AliasList;

            /**
             * Encodes the specified AliasList message. Does not implicitly {@link ruvraft.metadata.AliasList.verify|verify} messages.
             * @param message AliasList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.AliasList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AliasList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.AliasList & ruvraft.metadata.AliasList.$Shape} AliasList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.AliasList & ruvraft.metadata.AliasList.$Shape;

            /**
             * Gets the type url for AliasList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AliasList {

            /** Properties of an AliasList. */
            interface $Properties {

                /** AliasList aliases */
                aliases?: (ruvraft.metadata.Alias.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AliasList. */
            type $Shape = ruvraft.metadata.AliasList.$Properties;
        }

        /**
         * Properties of a ShardList.
         * @deprecated Use ruvraft.metadata.ShardList.$Properties instead.
         */
        interface IShardList extends ruvraft.metadata.ShardList.$Properties {
        }

        /** Represents a ShardList. */
        class ShardList {

            /**
             * Constructs a new ShardList.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.ShardList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardList shards. */
            shards: ruvraft.metadata.Shard.$Properties[];

            /**
             * Creates a new ShardList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardList instance
             */
            static create(properties: ruvraft.metadata.ShardList.$Shape): ruvraft.metadata.ShardList & ruvraft.metadata.ShardList.$Shape;
            static create(properties?: ruvraft.metadata.ShardList.$Properties): ruvraft.metadata.ShardList;

            /**
             * Encodes the specified ShardList message. Does not implicitly {@link ruvraft.metadata.ShardList.verify|verify} messages.
             * @param message ShardList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.ShardList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardList & ruvraft.metadata.ShardList.$Shape} ShardList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.ShardList & ruvraft.metadata.ShardList.$Shape;

            /**
             * Gets the type url for ShardList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardList {

            /** Properties of a ShardList. */
            interface $Properties {

                /** ShardList shards */
                shards?: (ruvraft.metadata.Shard.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardList. */
            type $Shape = ruvraft.metadata.ShardList.$Properties;
        }

        /**
         * Properties of a NodeList.
         * @deprecated Use ruvraft.metadata.NodeList.$Properties instead.
         */
        interface INodeList extends ruvraft.metadata.NodeList.$Properties {
        }

        /** Represents a NodeList. */
        class NodeList {

            /**
             * Constructs a new NodeList.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.NodeList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeList nodes. */
            nodes: ruvraft.metadata.Node.$Properties[];

            /**
             * Creates a new NodeList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeList instance
             */
            static create(properties: ruvraft.metadata.NodeList.$Shape): ruvraft.metadata.NodeList & ruvraft.metadata.NodeList.$Shape;
            static create(properties?: ruvraft.metadata.NodeList.$Properties): ruvraft.metadata.NodeList;

            /**
             * Encodes the specified NodeList message. Does not implicitly {@link ruvraft.metadata.NodeList.verify|verify} messages.
             * @param message NodeList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.NodeList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.NodeList & ruvraft.metadata.NodeList.$Shape} NodeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.NodeList & ruvraft.metadata.NodeList.$Shape;

            /**
             * Gets the type url for NodeList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeList {

            /** Properties of a NodeList. */
            interface $Properties {

                /** NodeList nodes */
                nodes?: (ruvraft.metadata.Node.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeList. */
            type $Shape = ruvraft.metadata.NodeList.$Properties;
        }

        /**
         * Properties of a MetadataSnapshot.
         * @deprecated Use ruvraft.metadata.MetadataSnapshot.$Properties instead.
         */
        interface IMetadataSnapshot extends ruvraft.metadata.MetadataSnapshot.$Properties {
        }

        /** Represents a MetadataSnapshot. */
        class MetadataSnapshot {

            /**
             * Constructs a new MetadataSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.metadata.MetadataSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataSnapshot formatVersion. */
            formatVersion: number;

            /** MetadataSnapshot appliedIndex. */
            appliedIndex: number;

            /** MetadataSnapshot settings. */
            settings?: (ruvraft.metadata.ClusterSettings.$Properties|null);

            /** MetadataSnapshot nodes. */
            nodes: ruvraft.metadata.Node.$Properties[];

            /** MetadataSnapshot collections. */
            collections: ruvraft.metadata.Collection.$Properties[];

            /** MetadataSnapshot aliases. */
            aliases: ruvraft.metadata.Alias.$Properties[];

            /** MetadataSnapshot shards. */
            shards: ruvraft.metadata.Shard.$Properties[];

            /** MetadataSnapshot placementPending. */
            placementPending: string[];

            /**
             * Creates a new MetadataSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataSnapshot instance
             */
            static create(properties: ruvraft.metadata.MetadataSnapshot.$Shape): ruvraft.metadata.MetadataSnapshot & ruvraft.metadata.MetadataSnapshot.$Shape;
            static create(properties?: ruvraft.metadata.MetadataSnapshot.$Properties): ruvraft.metadata.MetadataSnapshot;

            /**
             * Encodes the specified MetadataSnapshot message. Does not implicitly {@link ruvraft.metadata.MetadataSnapshot.verify|verify} messages.
             * @param message MetadataSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.metadata.MetadataSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataSnapshot & ruvraft.metadata.MetadataSnapshot.$Shape} MetadataSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.metadata.MetadataSnapshot & ruvraft.metadata.MetadataSnapshot.$Shape;

            /**
             * Gets the type url for MetadataSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataSnapshot {

            /** Properties of a MetadataSnapshot. */
            interface $Properties {

                /** MetadataSnapshot formatVersion */
                formatVersion?: (number|null);

                /** MetadataSnapshot appliedIndex */
                appliedIndex?: (number|null);

                /** MetadataSnapshot settings */
                settings?: (ruvraft.metadata.ClusterSettings.$Properties|null);

                /** MetadataSnapshot nodes */
                nodes?: (ruvraft.metadata.Node.$Properties[]|null);

                /** MetadataSnapshot collections */
                collections?: (ruvraft.metadata.Collection.$Properties[]|null);

                /** MetadataSnapshot aliases */
                aliases?: (ruvraft.metadata.Alias.$Properties[]|null);

                /** MetadataSnapshot shards */
                shards?: (ruvraft.metadata.Shard.$Properties[]|null);

                /** MetadataSnapshot placementPending */
                placementPending?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataSnapshot. */
            type $Shape = {
              formatVersion?: number|null;
              appliedIndex?: number|null;
              settings?: ruvraft.metadata.ClusterSettings.$Shape|null;
              nodes?: ruvraft.metadata.Node.$Shape[]|null;
              collections?: ruvraft.metadata.Collection.$Shape[]|null;
              aliases?: ruvraft.metadata.Alias.$Shape[]|null;
              shards?: ruvraft.metadata.Shard.$Shape[]|null;
              placementPending?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
