/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["ruvraft_metadata"] || ($protobuf.roots["ruvraft_metadata"] = {});

export const ruvraft = $root.ruvraft = (() => {

    /**
     * Namespace ruvraft.
     * @exports ruvraft
     * @namespace
     */
    const ruvraft = {};

    ruvraft.metadata = (function() {

        /**
         * Namespace metadata.
         * @memberof ruvraft
         * @namespace
         */
        const metadata = {};

        /**
         * NodeStatus enum.
         * @name ruvraft.metadata.NodeStatus
         * @enum {number}
         * @property {number} NODE_STATUS_UNSPECIFIED=0 NODE_STATUS_UNSPECIFIED value
         * @property {number} NODE_STATUS_ONLINE=1 NODE_STATUS_ONLINE value
         * @property {number} NODE_STATUS_SUSPECT=2 NODE_STATUS_SUSPECT value
         * @property {number} NODE_STATUS_OFFLINE=3 NODE_STATUS_OFFLINE value
         */
        metadata.NodeStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NODE_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NODE_STATUS_ONLINE"] = 1;
            values[valuesById[2] = "NODE_STATUS_SUSPECT"] = 2;
            values[valuesById[3] = "NODE_STATUS_OFFLINE"] = 3;
            return values;
        })();

        /**
         * NodeRole enum.
         * @name ruvraft.metadata.NodeRole
         * @enum {number}
         * @property {number} NODE_ROLE_UNSPECIFIED=0 NODE_ROLE_UNSPECIFIED value
         * @property {number} NODE_ROLE_VOTER=1 NODE_ROLE_VOTER value
         * @property {number} NODE_ROLE_LEARNER=2 NODE_ROLE_LEARNER value
         */
        metadata.NodeRole = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NODE_ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NODE_ROLE_VOTER"] = 1;
            values[valuesById[2] = "NODE_ROLE_LEARNER"] = 2;
            return values;
        })();

        /**
         * DistanceMetric enum.
         * @name ruvraft.metadata.DistanceMetric
         * @enum {number}
         * @property {number} DISTANCE_METRIC_UNSPECIFIED=0 DISTANCE_METRIC_UNSPECIFIED value
         * @property {number} DISTANCE_METRIC_EUCLIDEAN=1 DISTANCE_METRIC_EUCLIDEAN value
         * @property {number} DISTANCE_METRIC_COSINE=2 DISTANCE_METRIC_COSINE value
         * @property {number} DISTANCE_METRIC_DOT_PRODUCT=3 DISTANCE_METRIC_DOT_PRODUCT value
         * @property {number} DISTANCE_METRIC_MANHATTAN=4 DISTANCE_METRIC_MANHATTAN value
         */
        metadata.DistanceMetric = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DISTANCE_METRIC_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DISTANCE_METRIC_EUCLIDEAN"] = 1;
            values[valuesById[2] = "DISTANCE_METRIC_COSINE"] = 2;
            values[valuesById[3] = "DISTANCE_METRIC_DOT_PRODUCT"] = 3;
            values[valuesById[4] = "DISTANCE_METRIC_MANHATTAN"] = 4;
            return values;
        })();

        /**
         * ShardStatus enum.
         * @name ruvraft.metadata.ShardStatus
         * @enum {number}
         * @property {number} SHARD_STATUS_UNSPECIFIED=0 SHARD_STATUS_UNSPECIFIED value
         * @property {number} SHARD_STATUS_ACTIVE=1 SHARD_STATUS_ACTIVE value
         * @property {number} SHARD_STATUS_MIGRATING=2 SHARD_STATUS_MIGRATING value
         * @property {number} SHARD_STATUS_REPLICATING=3 SHARD_STATUS_REPLICATING value
         * @property {number} SHARD_STATUS_OFFLINE=4 SHARD_STATUS_OFFLINE value
         */
        metadata.ShardStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SHARD_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SHARD_STATUS_ACTIVE"] = 1;
            values[valuesById[2] = "SHARD_STATUS_MIGRATING"] = 2;
            values[valuesById[3] = "SHARD_STATUS_REPLICATING"] = 3;
            values[valuesById[4] = "SHARD_STATUS_OFFLINE"] = 4;
            return values;
        })();

        metadata.Label = (function() {

            /**
             * Properties of a Label.
             * @typedef {Object} ruvraft.metadata.Label.$Properties
             * @property {string|null} [key] Label key
             * @property {string|null} [value] Label value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Label.
             * @memberof ruvraft.metadata
             * @interface ILabel
             * @augments ruvraft.metadata.Label.$Properties
             * @deprecated Use ruvraft.metadata.Label.$Properties instead.
             */

            /**
             * Shape of a Label.
             * @typedef {ruvraft.metadata.Label.$Properties} ruvraft.metadata.Label.$Shape
             */

            /**
             * Constructs a new Label.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Label.
             * @constructor
             * @param {ruvraft.metadata.Label.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Label = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Label key.
             * @member {string} key
             * @memberof ruvraft.metadata.Label
             * @instance
             */
            Label.prototype.key = "";

            /**
             * Label value.
             * @member {string} value
             * @memberof ruvraft.metadata.Label
             * @instance
             */
            Label.prototype.value = "";

            /**
             * Creates a new Label instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Label
             * @static
             * @param {ruvraft.metadata.Label.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Label} Label instance
             * @type {{
             *   (properties: ruvraft.metadata.Label.$Shape): ruvraft.metadata.Label & ruvraft.metadata.Label.$Shape;
             *   (properties?: ruvraft.metadata.Label.$Properties): ruvraft.metadata.Label;
             * }}
             */
            Label.create = function(properties) {
                return new Label(properties);
            };

            /**
             * Encodes the specified Label message. Does not implicitly {@link ruvraft.metadata.Label.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Label
             * @static
             * @param {ruvraft.metadata.Label.$Properties} message Label message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Label & ruvraft.metadata.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Label();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Label
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Label
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Label.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Label";
            };

            return Label;
        })();

        metadata.Node = (function() {

            /**
             * Properties of a Node.
             * @typedef {Object} ruvraft.metadata.Node.$Properties
             * @property {number|null} [id] Node id
             * @property {string|null} [address] Node address
             * @property {number|null} [capacityBytes] Node capacityBytes
             * @property {Array.<ruvraft.metadata.Label.$Properties>|null} [labels] Node labels
             * @property {ruvraft.metadata.NodeStatus|null} [status] Node status
             * @property {ruvraft.metadata.NodeRole|null} [role] Node role
             * @property {number|null} [registeredAtMs] Node registeredAtMs
             * @property {number|null} [statusChangedAtMs] Node statusChangedAtMs
             * @property {boolean|null} [draining] Node draining
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Node.
             * @memberof ruvraft.metadata
             * @interface INode
             * @augments ruvraft.metadata.Node.$Properties
             * @deprecated Use ruvraft.metadata.Node.$Properties instead.
             */

            /**
             * Shape of a Node.
             * @typedef {ruvraft.metadata.Node.$Properties} ruvraft.metadata.Node.$Shape
             */

            /**
             * Constructs a new Node.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Node.
             * @constructor
             * @param {ruvraft.metadata.Node.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Node = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Node id.
             * @member {number} id
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Node address.
             * @member {string} address
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.address = "";

            /**
             * Node capacityBytes.
             * @member {number} capacityBytes
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.capacityBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Node labels.
             * @member {Array.<ruvraft.metadata.Label.$Properties>} labels
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.labels = $util.emptyArray;

            /**
             * Node status.
             * @member {ruvraft.metadata.NodeStatus} status
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.status = 0;

            /**
             * Node role.
             * @member {ruvraft.metadata.NodeRole} role
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.role = 0;

            /**
             * Node registeredAtMs.
             * @member {number} registeredAtMs
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.registeredAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Node statusChangedAtMs.
             * @member {number} statusChangedAtMs
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.statusChangedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Node draining.
             * @member {boolean} draining
             * @memberof ruvraft.metadata.Node
             * @instance
             */
            Node.prototype.draining = false;

            /**
             * Creates a new Node instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Node
             * @static
             * @param {ruvraft.metadata.Node.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Node} Node instance
             * @type {{
             *   (properties: ruvraft.metadata.Node.$Shape): ruvraft.metadata.Node & ruvraft.metadata.Node.$Shape;
             *   (properties?: ruvraft.metadata.Node.$Properties): ruvraft.metadata.Node;
             * }}
             */
            Node.create = function(properties) {
                return new Node(properties);
            };

            /**
             * Encodes the specified Node message. Does not implicitly {@link ruvraft.metadata.Node.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Node
             * @static
             * @param {ruvraft.metadata.Node.$Properties} message Node message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Node.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.capacityBytes != null && $Object.hasOwnProperty.call(message, "capacityBytes") && (typeof message.capacityBytes === "object" ? message.capacityBytes.low || message.capacityBytes.high : message.capacityBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.capacityBytes);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.ruvraft.metadata.Label.encode(message.labels[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.role);
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs") && (typeof message.registeredAtMs === "object" ? message.registeredAtMs.low || message.registeredAtMs.high : message.registeredAtMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.registeredAtMs);
                if (message.statusChangedAtMs != null && $Object.hasOwnProperty.call(message, "statusChangedAtMs") && (typeof message.statusChangedAtMs === "object" ? message.statusChangedAtMs.low || message.statusChangedAtMs.high : message.statusChangedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.statusChangedAtMs);
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining") && message.draining !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.draining);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Node
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Node & ruvraft.metadata.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Node.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Node();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.capacityBytes = value;
                            else
                                delete message.capacityBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.ruvraft.metadata.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.registeredAtMs = value;
                            else
                                delete message.registeredAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.statusChangedAtMs = value;
                            else
                                delete message.statusChangedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.draining = value;
                            else
                                delete message.draining;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Node
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Node
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Node.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Node";
            };

            return Node;
        })();

        metadata.ClusterSettings = (function() {

            /**
             * Properties of a ClusterSettings.
             * @typedef {Object} ruvraft.metadata.ClusterSettings.$Properties
             * @property {number|null} [replicationFactor] ClusterSettings replicationFactor
             * @property {number|null} [shardCount] ClusterSettings shardCount
             * @property {number|null} [heartbeatIntervalMs] ClusterSettings heartbeatIntervalMs
             * @property {number|null} [nodeTimeoutMs] ClusterSettings nodeTimeoutMs
             * @property {string|null} [spreadLabel] ClusterSettings spreadLabel
             * @property {number|null} [concurrentMigrationsMax] ClusterSettings concurrentMigrationsMax
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterSettings.
             * @memberof ruvraft.metadata
             * @interface IClusterSettings
             * @augments ruvraft.metadata.ClusterSettings.$Properties
             * @deprecated Use ruvraft.metadata.ClusterSettings.$Properties instead.
             */

            /**
             * Shape of a ClusterSettings.
             * @typedef {ruvraft.metadata.ClusterSettings.$Properties} ruvraft.metadata.ClusterSettings.$Shape
             */

            /**
             * Constructs a new ClusterSettings.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ClusterSettings.
             * @constructor
             * @param {ruvraft.metadata.ClusterSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClusterSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClusterSettings replicationFactor.
             * @member {number} replicationFactor
             * @memberof ruvraft.metadata.ClusterSettings
             * @instance
             */
            ClusterSettings.prototype.replicationFactor = 0;

            /**
             * ClusterSettings shardCount.
             * @member {number} shardCount
             * @memberof ruvraft.metadata.ClusterSettings
             * @instance
             */
            ClusterSettings.prototype.shardCount = 0;

            /**
             * ClusterSettings heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof ruvraft.metadata.ClusterSettings
             * @instance
             */
            ClusterSettings.prototype.heartbeatIntervalMs = 0;

            /**
             * ClusterSettings nodeTimeoutMs.
             * @member {number} nodeTimeoutMs
             * @memberof ruvraft.metadata.ClusterSettings
             * @instance
             */
            ClusterSettings.prototype.nodeTimeoutMs = 0;

            /**
             * ClusterSettings spreadLabel.
             * @member {string} spreadLabel
             * @memberof ruvraft.metadata.ClusterSettings
             * @instance
             */
            ClusterSettings.prototype.spreadLabel = "";

            /**
             * ClusterSettings concurrentMigrationsMax.
             * @member {number} concurrentMigrationsMax
             * @memberof ruvraft.metadata.ClusterSettings
             * @instance
             */
            ClusterSettings.prototype.concurrentMigrationsMax = 0;

            /**
             * Creates a new ClusterSettings instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ClusterSettings
             * @static
             * @param {ruvraft.metadata.ClusterSettings.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ClusterSettings} ClusterSettings instance
             * @type {{
             *   (properties: ruvraft.metadata.ClusterSettings.$Shape): ruvraft.metadata.ClusterSettings & ruvraft.metadata.ClusterSettings.$Shape;
             *   (properties?: ruvraft.metadata.ClusterSettings.$Properties): ruvraft.metadata.ClusterSettings;
             * }}
             */
            ClusterSettings.create = function(properties) {
                return new ClusterSettings(properties);
            };

            /**
             * Encodes the specified ClusterSettings message. Does not implicitly {@link ruvraft.metadata.ClusterSettings.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ClusterSettings
             * @static
             * @param {ruvraft.metadata.ClusterSettings.$Properties} message ClusterSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.replicationFactor);
                if (message.shardCount != null && $Object.hasOwnProperty.call(message, "shardCount") && message.shardCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardCount);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.heartbeatIntervalMs);
                if (message.nodeTimeoutMs != null && $Object.hasOwnProperty.call(message, "nodeTimeoutMs") && message.nodeTimeoutMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.nodeTimeoutMs);
                if (message.spreadLabel != null && $Object.hasOwnProperty.call(message, "spreadLabel") && message.spreadLabel !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.spreadLabel);
                if (message.concurrentMigrationsMax != null && $Object.hasOwnProperty.call(message, "concurrentMigrationsMax") && message.concurrentMigrationsMax !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.concurrentMigrationsMax);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClusterSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ClusterSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ClusterSettings & ruvraft.metadata.ClusterSettings.$Shape} ClusterSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ClusterSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardCount = value;
                            else
                                delete message.shardCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nodeTimeoutMs = value;
                            else
                                delete message.nodeTimeoutMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spreadLabel = value;
                            else
                                delete message.spreadLabel;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.concurrentMigrationsMax = value;
                            else
                                delete message.concurrentMigrationsMax;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ClusterSettings
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ClusterSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ClusterSettings";
            };

            return ClusterSettings;
        })();

        metadata.HnswConfig = (function() {

            /**
             * Properties of a HnswConfig.
             * @typedef {Object} ruvraft.metadata.HnswConfig.$Properties
             * @property {number|null} [m] HnswConfig m
             * @property {number|null} [efConstruction] HnswConfig efConstruction
             * @property {number|null} [efSearch] HnswConfig efSearch
             * @property {number|null} [maxElements] HnswConfig maxElements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HnswConfig.
             * @memberof ruvraft.metadata
             * @interface IHnswConfig
             * @augments ruvraft.metadata.HnswConfig.$Properties
             * @deprecated Use ruvraft.metadata.HnswConfig.$Properties instead.
             */

            /**
             * Shape of a HnswConfig.
             * @typedef {ruvraft.metadata.HnswConfig.$Properties} ruvraft.metadata.HnswConfig.$Shape
             */

            /**
             * Constructs a new HnswConfig.
             * @memberof ruvraft.metadata
             * @classdesc Represents a HnswConfig.
             * @constructor
             * @param {ruvraft.metadata.HnswConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HnswConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HnswConfig m.
             * @member {number} m
             * @memberof ruvraft.metadata.HnswConfig
             * @instance
             */
            HnswConfig.prototype.m = 0;

            /**
             * HnswConfig efConstruction.
             * @member {number} efConstruction
             * @memberof ruvraft.metadata.HnswConfig
             * @instance
             */
            HnswConfig.prototype.efConstruction = 0;

            /**
             * HnswConfig efSearch.
             * @member {number} efSearch
             * @memberof ruvraft.metadata.HnswConfig
             * @instance
             */
            HnswConfig.prototype.efSearch = 0;

            /**
             * HnswConfig maxElements.
             * @member {number} maxElements
             * @memberof ruvraft.metadata.HnswConfig
             * @instance
             */
            HnswConfig.prototype.maxElements = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HnswConfig instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.HnswConfig
             * @static
             * @param {ruvraft.metadata.HnswConfig.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.HnswConfig} HnswConfig instance
             * @type {{
             *   (properties: ruvraft.metadata.HnswConfig.$Shape): ruvraft.metadata.HnswConfig & ruvraft.metadata.HnswConfig.$Shape;
             *   (properties?: ruvraft.metadata.HnswConfig.$Properties): ruvraft.metadata.HnswConfig;
             * }}
             */
            HnswConfig.create = function(properties) {
                return new HnswConfig(properties);
            };

            /**
             * Encodes the specified HnswConfig message. Does not implicitly {@link ruvraft.metadata.HnswConfig.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.HnswConfig
             * @static
             * @param {ruvraft.metadata.HnswConfig.$Properties} message HnswConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HnswConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.m != null && $Object.hasOwnProperty.call(message, "m") && message.m !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.m);
                if (message.efConstruction != null && $Object.hasOwnProperty.call(message, "efConstruction") && message.efConstruction !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.efConstruction);
                if (message.efSearch != null && $Object.hasOwnProperty.call(message, "efSearch") && message.efSearch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.efSearch);
                if (message.maxElements != null && $Object.hasOwnProperty.call(message, "maxElements") && (typeof message.maxElements === "object" ? message.maxElements.low || message.maxElements.high : message.maxElements !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxElements);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HnswConfig message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.HnswConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.HnswConfig & ruvraft.metadata.HnswConfig.$Shape} HnswConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HnswConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.HnswConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.m = value;
                            else
                                delete message.m;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.efConstruction = value;
                            else
                                delete message.efConstruction;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.efSearch = value;
                            else
                                delete message.efSearch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxElements = value;
                            else
                                delete message.maxElements;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for HnswConfig
             * @function getTypeUrl
             * @memberof ruvraft.metadata.HnswConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HnswConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.HnswConfig";
            };

            return HnswConfig;
        })();

        metadata.Quantization = (function() {

            /**
             * Properties of a Quantization.
             * @typedef {Object} ruvraft.metadata.Quantization.$Properties
             * @property {ruvraft.metadata.NoQuantization.$Properties|null} [none] Quantization none
             * @property {ruvraft.metadata.ScalarQuantization.$Properties|null} [scalar] Quantization scalar
             * @property {ruvraft.metadata.ProductQuantization.$Properties|null} [product] Quantization product
             * @property {ruvraft.metadata.BinaryQuantization.$Properties|null} [binary] Quantization binary
             * @property {"none"|"scalar"|"product"|"binary"} [kind] Quantization kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Quantization.
             * @memberof ruvraft.metadata
             * @interface IQuantization
             * @augments ruvraft.metadata.Quantization.$Properties
             * @deprecated Use ruvraft.metadata.Quantization.$Properties instead.
             */

            /**
             * Narrowed shape of a Quantization.
             * @typedef {{
             *   none?: ruvraft.metadata.NoQuantization.$Shape|null;
             *   scalar?: ruvraft.metadata.ScalarQuantization.$Shape|null;
             *   product?: ruvraft.metadata.ProductQuantization.$Shape|null;
             *   binary?: ruvraft.metadata.BinaryQuantization.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; none?: null; scalar?: null; product?: null; binary?: null }|{ kind?: "none"; none: ruvraft.metadata.NoQuantization.$Shape; scalar?: null; product?: null; binary?: null }|{ kind?: "scalar"; none?: null; scalar: ruvraft.metadata.ScalarQuantization.$Shape; product?: null; binary?: null }|{ kind?: "product"; none?: null; scalar?: null; product: ruvraft.metadata.ProductQuantization.$Shape; binary?: null }|{ kind?: "binary"; none?: null; scalar?: null; product?: null; binary: ruvraft.metadata.BinaryQuantization.$Shape })
             * )} ruvraft.metadata.Quantization.$Shape
             */

            /**
             * Constructs a new Quantization.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Quantization.
             * @constructor
             * @param {ruvraft.metadata.Quantization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Quantization = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Quantization none.
             * @member {ruvraft.metadata.NoQuantization.$Properties|null|undefined} none
             * @memberof ruvraft.metadata.Quantization
             * @instance
             */
            Quantization.prototype.none = null;

            /**
             * Quantization scalar.
             * @member {ruvraft.metadata.ScalarQuantization.$Properties|null|undefined} scalar
             * @memberof ruvraft.metadata.Quantization
             * @instance
             */
            Quantization.prototype.scalar = null;

            /**
             * Quantization product.
             * @member {ruvraft.metadata.ProductQuantization.$Properties|null|undefined} product
             * @memberof ruvraft.metadata.Quantization
             * @instance
             */
            Quantization.prototype.product = null;

            /**
             * Quantization binary.
             * @member {ruvraft.metadata.BinaryQuantization.$Properties|null|undefined} binary
             * @memberof ruvraft.metadata.Quantization
             * @instance
             */
            Quantization.prototype.binary = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Quantization kind.
             * @member {"none"|"scalar"|"product"|"binary"|undefined} kind
             * @memberof ruvraft.metadata.Quantization
             * @instance
             */
            $Object.defineProperty(Quantization.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["none", "scalar", "product", "binary"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Quantization instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Quantization
             * @static
             * @param {ruvraft.metadata.Quantization.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Quantization} Quantization instance
             * @type {{
             *   (properties: ruvraft.metadata.Quantization.$Shape): ruvraft.metadata.Quantization & ruvraft.metadata.Quantization.$Shape;
             *   (properties?: ruvraft.metadata.Quantization.$Properties): ruvraft.metadata.Quantization;
             * }}
             */
            Quantization.create = function(properties) {
                return new Quantization(properties);
            };

            /**
             * Encodes the specified Quantization message. Does not implicitly {@link ruvraft.metadata.Quantization.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Quantization
             * @static
             * @param {ruvraft.metadata.Quantization.$Properties} message Quantization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Quantization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.none != null && $Object.hasOwnProperty.call(message, "none"))
                    $root.ruvraft.metadata.NoQuantization.encode(message.none, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    $root.ruvraft.metadata.ScalarQuantization.encode(message.scalar, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                    $root.ruvraft.metadata.ProductQuantization.encode(message.product, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.binary != null && $Object.hasOwnProperty.call(message, "binary"))
                    $root.ruvraft.metadata.BinaryQuantization.encode(message.binary, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Quantization message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Quantization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Quantization & ruvraft.metadata.Quantization.$Shape} Quantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Quantization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Quantization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.none = $root.ruvraft.metadata.NoQuantization.decode(reader, reader.size(), $undefined, _depth + 1, message.none);
                            message.kind = "none";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.scalar = $root.ruvraft.metadata.ScalarQuantization.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                            message.kind = "scalar";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.product = $root.ruvraft.metadata.ProductQuantization.decode(reader, reader.size(), $undefined, _depth + 1, message.product);
                            message.kind = "product";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.binary = $root.ruvraft.metadata.BinaryQuantization.decode(reader, reader.size(), $undefined, _depth + 1, message.binary);
                            message.kind = "binary";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Quantization
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Quantization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Quantization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Quantization";
            };

            return Quantization;
        })();

        metadata.NoQuantization = (function() {

            /**
             * Properties of a NoQuantization.
             * @typedef {Object} ruvraft.metadata.NoQuantization.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NoQuantization.
             * @memberof ruvraft.metadata
             * @interface INoQuantization
             * @augments ruvraft.metadata.NoQuantization.$Properties
             * @deprecated Use ruvraft.metadata.NoQuantization.$Properties instead.
             */

            /**
             * Shape of a NoQuantization.
             * @typedef {ruvraft.metadata.NoQuantization.$Properties} ruvraft.metadata.NoQuantization.$Shape
             */

            /**
             * Constructs a new NoQuantization.
             * @memberof ruvraft.metadata
             * @classdesc Represents a NoQuantization.
             * @constructor
             * @param {ruvraft.metadata.NoQuantization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NoQuantization = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new NoQuantization instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.NoQuantization
             * @static
             * @param {ruvraft.metadata.NoQuantization.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.NoQuantization} NoQuantization instance
             * @type {{
             *   (properties: ruvraft.metadata.NoQuantization.$Shape): ruvraft.metadata.NoQuantization & ruvraft.metadata.NoQuantization.$Shape;
             *   (properties?: ruvraft.metadata.NoQuantization.$Properties): ruvraft.metadata.NoQuantization;
             * }}
             */
            NoQuantization.create = function(properties) {
                return new NoQuantization(properties);
            };

            /**
             * Encodes the specified NoQuantization message. Does not implicitly {@link ruvraft.metadata.NoQuantization.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.NoQuantization
             * @static
             * @param {ruvraft.metadata.NoQuantization.$Properties} message NoQuantization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NoQuantization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NoQuantization message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.NoQuantization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.NoQuantization & ruvraft.metadata.NoQuantization.$Shape} NoQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NoQuantization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.NoQuantization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for NoQuantization
             * @function getTypeUrl
             * @memberof ruvraft.metadata.NoQuantization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NoQuantization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.NoQuantization";
            };

            return NoQuantization;
        })();

        metadata.ScalarQuantization = (function() {

            /**
             * Properties of a ScalarQuantization.
             * @typedef {Object} ruvraft.metadata.ScalarQuantization.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScalarQuantization.
             * @memberof ruvraft.metadata
             * @interface IScalarQuantization
             * @augments ruvraft.metadata.ScalarQuantization.$Properties
             * @deprecated Use ruvraft.metadata.ScalarQuantization.$Properties instead.
             */

            /**
             * Shape of a ScalarQuantization.
             * @typedef {ruvraft.metadata.ScalarQuantization.$Properties} ruvraft.metadata.ScalarQuantization.$Shape
             */

            /**
             * Constructs a new ScalarQuantization.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ScalarQuantization.
             * @constructor
             * @param {ruvraft.metadata.ScalarQuantization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScalarQuantization = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ScalarQuantization instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ScalarQuantization
             * @static
             * @param {ruvraft.metadata.ScalarQuantization.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ScalarQuantization} ScalarQuantization instance
             * @type {{
             *   (properties: ruvraft.metadata.ScalarQuantization.$Shape): ruvraft.metadata.ScalarQuantization & ruvraft.metadata.ScalarQuantization.$Shape;
             *   (properties?: ruvraft.metadata.ScalarQuantization.$Properties): ruvraft.metadata.ScalarQuantization;
             * }}
             */
            ScalarQuantization.create = function(properties) {
                return new ScalarQuantization(properties);
            };

            /**
             * Encodes the specified ScalarQuantization message. Does not implicitly {@link ruvraft.metadata.ScalarQuantization.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ScalarQuantization
             * @static
             * @param {ruvraft.metadata.ScalarQuantization.$Properties} message ScalarQuantization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScalarQuantization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ScalarQuantization message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ScalarQuantization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ScalarQuantization & ruvraft.metadata.ScalarQuantization.$Shape} ScalarQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScalarQuantization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ScalarQuantization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ScalarQuantization
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ScalarQuantization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ScalarQuantization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ScalarQuantization";
            };

            return ScalarQuantization;
        })();

        metadata.ProductQuantization = (function() {

            /**
             * Properties of a ProductQuantization.
             * @typedef {Object} ruvraft.metadata.ProductQuantization.$Properties
             * @property {number|null} [subspaces] ProductQuantization subspaces
             * @property {number|null} [k] ProductQuantization k
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProductQuantization.
             * @memberof ruvraft.metadata
             * @interface IProductQuantization
             * @augments ruvraft.metadata.ProductQuantization.$Properties
             * @deprecated Use ruvraft.metadata.ProductQuantization.$Properties instead.
             */

            /**
             * Shape of a ProductQuantization.
             * @typedef {ruvraft.metadata.ProductQuantization.$Properties} ruvraft.metadata.ProductQuantization.$Shape
             */

            /**
             * Constructs a new ProductQuantization.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ProductQuantization.
             * @constructor
             * @param {ruvraft.metadata.ProductQuantization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProductQuantization = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProductQuantization subspaces.
             * @member {number} subspaces
             * @memberof ruvraft.metadata.ProductQuantization
             * @instance
             */
            ProductQuantization.prototype.subspaces = 0;

            /**
             * ProductQuantization k.
             * @member {number} k
             * @memberof ruvraft.metadata.ProductQuantization
             * @instance
             */
            ProductQuantization.prototype.k = 0;

            /**
             * Creates a new ProductQuantization instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ProductQuantization
             * @static
             * @param {ruvraft.metadata.ProductQuantization.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ProductQuantization} ProductQuantization instance
             * @type {{
             *   (properties: ruvraft.metadata.ProductQuantization.$Shape): ruvraft.metadata.ProductQuantization & ruvraft.metadata.ProductQuantization.$Shape;
             *   (properties?: ruvraft.metadata.ProductQuantization.$Properties): ruvraft.metadata.ProductQuantization;
             * }}
             */
            ProductQuantization.create = function(properties) {
                return new ProductQuantization(properties);
            };

            /**
             * Encodes the specified ProductQuantization message. Does not implicitly {@link ruvraft.metadata.ProductQuantization.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ProductQuantization
             * @static
             * @param {ruvraft.metadata.ProductQuantization.$Properties} message ProductQuantization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProductQuantization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subspaces != null && $Object.hasOwnProperty.call(message, "subspaces") && message.subspaces !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subspaces);
                if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.k);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProductQuantization message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ProductQuantization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ProductQuantization & ruvraft.metadata.ProductQuantization.$Shape} ProductQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProductQuantization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ProductQuantization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subspaces = value;
                            else
                                delete message.subspaces;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.k = value;
                            else
                                delete message.k;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProductQuantization
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ProductQuantization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProductQuantization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ProductQuantization";
            };

            return ProductQuantization;
        })();

        metadata.BinaryQuantization = (function() {

            /**
             * Properties of a BinaryQuantization.
             * @typedef {Object} ruvraft.metadata.BinaryQuantization.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BinaryQuantization.
             * @memberof ruvraft.metadata
             * @interface IBinaryQuantization
             * @augments ruvraft.metadata.BinaryQuantization.$Properties
             * @deprecated Use ruvraft.metadata.BinaryQuantization.$Properties instead.
             */

            /**
             * Shape of a BinaryQuantization.
             * @typedef {ruvraft.metadata.BinaryQuantization.$Properties} ruvraft.metadata.BinaryQuantization.$Shape
             */

            /**
             * Constructs a new BinaryQuantization.
             * @memberof ruvraft.metadata
             * @classdesc Represents a BinaryQuantization.
             * @constructor
             * @param {ruvraft.metadata.BinaryQuantization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BinaryQuantization = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new BinaryQuantization instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.BinaryQuantization
             * @static
             * @param {ruvraft.metadata.BinaryQuantization.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.BinaryQuantization} BinaryQuantization instance
             * @type {{
             *   (properties: ruvraft.metadata.BinaryQuantization.$Shape): ruvraft.metadata.BinaryQuantization & ruvraft.metadata.BinaryQuantization.$Shape;
             *   (properties?: ruvraft.metadata.BinaryQuantization.$Properties): ruvraft.metadata.BinaryQuantization;
             * }}
             */
            BinaryQuantization.create = function(properties) {
                return new BinaryQuantization(properties);
            };

            /**
             * Encodes the specified BinaryQuantization message. Does not implicitly {@link ruvraft.metadata.BinaryQuantization.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.BinaryQuantization
             * @static
             * @param {ruvraft.metadata.BinaryQuantization.$Properties} message BinaryQuantization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BinaryQuantization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BinaryQuantization message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.BinaryQuantization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.BinaryQuantization & ruvraft.metadata.BinaryQuantization.$Shape} BinaryQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BinaryQuantization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.BinaryQuantization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for BinaryQuantization
             * @function getTypeUrl
             * @memberof ruvraft.metadata.BinaryQuantization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BinaryQuantization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.BinaryQuantization";
            };

            return BinaryQuantization;
        })();

        metadata.CollectionSpec = (function() {

            /**
             * Properties of a CollectionSpec.
             * @typedef {Object} ruvraft.metadata.CollectionSpec.$Properties
             * @property {string|null} [name] CollectionSpec name
             * @property {number|null} [dimensions] CollectionSpec dimensions
             * @property {ruvraft.metadata.DistanceMetric|null} [metric] CollectionSpec metric
             * @property {ruvraft.metadata.HnswConfig.$Properties|null} [hnsw] CollectionSpec hnsw
             * @property {ruvraft.metadata.Quantization.$Properties|null} [quantization] CollectionSpec quantization
             * @property {boolean|null} [onDiskPayload] CollectionSpec onDiskPayload
             * @property {number|null} [shardCount] CollectionSpec shardCount
             * @property {number|null} [replicationFactor] CollectionSpec replicationFactor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectionSpec.
             * @memberof ruvraft.metadata
             * @interface ICollectionSpec
             * @augments ruvraft.metadata.CollectionSpec.$Properties
             * @deprecated Use ruvraft.metadata.CollectionSpec.$Properties instead.
             */

            /**
             * Shape of a CollectionSpec.
             * @typedef {{
             *   name?: string|null;
             *   dimensions?: number|null;
             *   metric?: ruvraft.metadata.DistanceMetric|null;
             *   hnsw?: ruvraft.metadata.HnswConfig.$Shape|null;
             *   quantization?: ruvraft.metadata.Quantization.$Shape|null;
             *   onDiskPayload?: boolean|null;
             *   shardCount?: number|null;
             *   replicationFactor?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ruvraft.metadata.CollectionSpec.$Shape
             */

            /**
             * Constructs a new CollectionSpec.
             * @memberof ruvraft.metadata
             * @classdesc Represents a CollectionSpec.
             * @constructor
             * @param {ruvraft.metadata.CollectionSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectionSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CollectionSpec name.
             * @member {string} name
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.name = "";

            /**
             * CollectionSpec dimensions.
             * @member {number} dimensions
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.dimensions = 0;

            /**
             * CollectionSpec metric.
             * @member {ruvraft.metadata.DistanceMetric} metric
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.metric = 0;

            /**
             * CollectionSpec hnsw.
             * @member {ruvraft.metadata.HnswConfig.$Properties|null|undefined} hnsw
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.hnsw = null;

            /**
             * CollectionSpec quantization.
             * @member {ruvraft.metadata.Quantization.$Properties|null|undefined} quantization
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.quantization = null;

            /**
             * CollectionSpec onDiskPayload.
             * @member {boolean} onDiskPayload
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.onDiskPayload = false;

            /**
             * CollectionSpec shardCount.
             * @member {number} shardCount
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.shardCount = 0;

            /**
             * CollectionSpec replicationFactor.
             * @member {number} replicationFactor
             * @memberof ruvraft.metadata.CollectionSpec
             * @instance
             */
            CollectionSpec.prototype.replicationFactor = 0;

            /**
             * Creates a new CollectionSpec instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.CollectionSpec
             * @static
             * @param {ruvraft.metadata.CollectionSpec.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.CollectionSpec} CollectionSpec instance
             * @type {{
             *   (properties: ruvraft.metadata.CollectionSpec.$Shape): ruvraft.metadata.CollectionSpec & ruvraft.metadata.CollectionSpec.$Shape;
             *   (properties?: ruvraft.metadata.CollectionSpec.$Properties): ruvraft.metadata.CollectionSpec;
             * }}
             */
            CollectionSpec.create = function(properties) {
                return new CollectionSpec(properties);
            };

            /**
             * Encodes the specified CollectionSpec message. Does not implicitly {@link ruvraft.metadata.CollectionSpec.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.CollectionSpec
             * @static
             * @param {ruvraft.metadata.CollectionSpec.$Properties} message CollectionSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectionSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions") && message.dimensions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dimensions);
                if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.metric);
                if (message.hnsw != null && $Object.hasOwnProperty.call(message, "hnsw"))
                    $root.ruvraft.metadata.HnswConfig.encode(message.hnsw, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.quantization != null && $Object.hasOwnProperty.call(message, "quantization"))
                    $root.ruvraft.metadata.Quantization.encode(message.quantization, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.onDiskPayload != null && $Object.hasOwnProperty.call(message, "onDiskPayload") && message.onDiskPayload !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.onDiskPayload);
                if (message.shardCount != null && $Object.hasOwnProperty.call(message, "shardCount") && message.shardCount !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.shardCount);
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.replicationFactor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CollectionSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.CollectionSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CollectionSpec & ruvraft.metadata.CollectionSpec.$Shape} CollectionSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectionSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.CollectionSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dimensions = value;
                            else
                                delete message.dimensions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.metric = value;
                            else
                                delete message.metric;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.hnsw = $root.ruvraft.metadata.HnswConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.hnsw);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.quantization = $root.ruvraft.metadata.Quantization.decode(reader, reader.size(), $undefined, _depth + 1, message.quantization);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.onDiskPayload = value;
                            else
                                delete message.onDiskPayload;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardCount = value;
                            else
                                delete message.shardCount;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CollectionSpec
             * @function getTypeUrl
             * @memberof ruvraft.metadata.CollectionSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectionSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.CollectionSpec";
            };

            return CollectionSpec;
        })();

        metadata.Collection = (function() {

            /**
             * Properties of a Collection.
             * @typedef {Object} ruvraft.metadata.Collection.$Properties
             * @property {ruvraft.metadata.CollectionSpec.$Properties|null} [spec] Collection spec
             * @property {number|null} [createdAtMs] Collection createdAtMs
             * @property {number|null} [updatedAtMs] Collection updatedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Collection.
             * @memberof ruvraft.metadata
             * @interface ICollection
             * @augments ruvraft.metadata.Collection.$Properties
             * @deprecated Use ruvraft.metadata.Collection.$Properties instead.
             */

            /**
             * Shape of a Collection.
             * @typedef {{
             *   spec?: ruvraft.metadata.CollectionSpec.$Shape|null;
             *   createdAtMs?: number|null;
             *   updatedAtMs?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ruvraft.metadata.Collection.$Shape
             */

            /**
             * Constructs a new Collection.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Collection.
             * @constructor
             * @param {ruvraft.metadata.Collection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Collection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Collection spec.
             * @member {ruvraft.metadata.CollectionSpec.$Properties|null|undefined} spec
             * @memberof ruvraft.metadata.Collection
             * @instance
             */
            Collection.prototype.spec = null;

            /**
             * Collection createdAtMs.
             * @member {number} createdAtMs
             * @memberof ruvraft.metadata.Collection
             * @instance
             */
            Collection.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Collection updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof ruvraft.metadata.Collection
             * @instance
             */
            Collection.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Collection instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Collection
             * @static
             * @param {ruvraft.metadata.Collection.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Collection} Collection instance
             * @type {{
             *   (properties: ruvraft.metadata.Collection.$Shape): ruvraft.metadata.Collection & ruvraft.metadata.Collection.$Shape;
             *   (properties?: ruvraft.metadata.Collection.$Properties): ruvraft.metadata.Collection;
             * }}
             */
            Collection.create = function(properties) {
                return new Collection(properties);
            };

            /**
             * Encodes the specified Collection message. Does not implicitly {@link ruvraft.metadata.Collection.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Collection
             * @static
             * @param {ruvraft.metadata.Collection.$Properties} message Collection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Collection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.ruvraft.metadata.CollectionSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.createdAtMs);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.updatedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Collection message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Collection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Collection & ruvraft.metadata.Collection.$Shape} Collection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Collection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Collection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.ruvraft.metadata.CollectionSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Collection
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Collection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Collection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Collection";
            };

            return Collection;
        })();

        metadata.Alias = (function() {

            /**
             * Properties of an Alias.
             * @typedef {Object} ruvraft.metadata.Alias.$Properties
             * @property {string|null} [name] Alias name
             * @property {string|null} [collection] Alias collection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alias.
             * @memberof ruvraft.metadata
             * @interface IAlias
             * @augments ruvraft.metadata.Alias.$Properties
             * @deprecated Use ruvraft.metadata.Alias.$Properties instead.
             */

            /**
             * Shape of an Alias.
             * @typedef {ruvraft.metadata.Alias.$Properties} ruvraft.metadata.Alias.$Shape
             */

            /**
             * Constructs a new Alias.
             * @memberof ruvraft.metadata
             * @classdesc Represents an Alias.
             * @constructor
             * @param {ruvraft.metadata.Alias.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alias = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alias name.
             * @member {string} name
             * @memberof ruvraft.metadata.Alias
             * @instance
             */
            Alias.prototype.name = "";

            /**
             * Alias collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.Alias
             * @instance
             */
            Alias.prototype.collection = "";

            /**
             * Creates a new Alias instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Alias
             * @static
             * @param {ruvraft.metadata.Alias.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Alias} Alias instance
             * @type {{
             *   (properties: ruvraft.metadata.Alias.$Shape): ruvraft.metadata.Alias & ruvraft.metadata.Alias.$Shape;
             *   (properties?: ruvraft.metadata.Alias.$Properties): ruvraft.metadata.Alias;
             * }}
             */
            Alias.create = function(properties) {
                return new Alias(properties);
            };

            /**
             * Encodes the specified Alias message. Does not implicitly {@link ruvraft.metadata.Alias.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Alias
             * @static
             * @param {ruvraft.metadata.Alias.$Properties} message Alias message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alias.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.collection);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Alias message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Alias
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Alias & ruvraft.metadata.Alias.$Shape} Alias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alias.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Alias();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Alias
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Alias
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alias.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Alias";
            };

            return Alias;
        })();

        metadata.Migration = (function() {

            /**
             * Properties of a Migration.
             * @typedef {Object} ruvraft.metadata.Migration.$Properties
             * @property {number|null} [sourceNodeId] Migration sourceNodeId
             * @property {number|null} [targetNodeId] Migration targetNodeId
             * @property {number|null} [totalKeys] Migration totalKeys
             * @property {number|null} [startedAtMs] Migration startedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Migration.
             * @memberof ruvraft.metadata
             * @interface IMigration
             * @augments ruvraft.metadata.Migration.$Properties
             * @deprecated Use ruvraft.metadata.Migration.$Properties instead.
             */

            /**
             * Shape of a Migration.
             * @typedef {ruvraft.metadata.Migration.$Properties} ruvraft.metadata.Migration.$Shape
             */

            /**
             * Constructs a new Migration.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Migration.
             * @constructor
             * @param {ruvraft.metadata.Migration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Migration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Migration sourceNodeId.
             * @member {number} sourceNodeId
             * @memberof ruvraft.metadata.Migration
             * @instance
             */
            Migration.prototype.sourceNodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Migration targetNodeId.
             * @member {number} targetNodeId
             * @memberof ruvraft.metadata.Migration
             * @instance
             */
            Migration.prototype.targetNodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Migration totalKeys.
             * @member {number} totalKeys
             * @memberof ruvraft.metadata.Migration
             * @instance
             */
            Migration.prototype.totalKeys = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Migration startedAtMs.
             * @member {number} startedAtMs
             * @memberof ruvraft.metadata.Migration
             * @instance
             */
            Migration.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Migration instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Migration
             * @static
             * @param {ruvraft.metadata.Migration.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Migration} Migration instance
             * @type {{
             *   (properties: ruvraft.metadata.Migration.$Shape): ruvraft.metadata.Migration & ruvraft.metadata.Migration.$Shape;
             *   (properties?: ruvraft.metadata.Migration.$Properties): ruvraft.metadata.Migration;
             * }}
             */
            Migration.create = function(properties) {
                return new Migration(properties);
            };

            /**
             * Encodes the specified Migration message. Does not implicitly {@link ruvraft.metadata.Migration.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Migration
             * @static
             * @param {ruvraft.metadata.Migration.$Properties} message Migration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Migration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sourceNodeId != null && $Object.hasOwnProperty.call(message, "sourceNodeId") && (typeof message.sourceNodeId === "object" ? message.sourceNodeId.low || message.sourceNodeId.high : message.sourceNodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sourceNodeId);
                if (message.targetNodeId != null && $Object.hasOwnProperty.call(message, "targetNodeId") && (typeof message.targetNodeId === "object" ? message.targetNodeId.low || message.targetNodeId.high : message.targetNodeId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.targetNodeId);
                if (message.totalKeys != null && $Object.hasOwnProperty.call(message, "totalKeys") && (typeof message.totalKeys === "object" ? message.totalKeys.low || message.totalKeys.high : message.totalKeys !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalKeys);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.startedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Migration message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Migration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Migration & ruvraft.metadata.Migration.$Shape} Migration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Migration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Migration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sourceNodeId = value;
                            else
                                delete message.sourceNodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.targetNodeId = value;
                            else
                                delete message.targetNodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalKeys = value;
                            else
                                delete message.totalKeys;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Migration
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Migration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Migration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Migration";
            };

            return Migration;
        })();

        metadata.Shard = (function() {

            /**
             * Properties of a Shard.
             * @typedef {Object} ruvraft.metadata.Shard.$Properties
             * @property {string|null} [collection] Shard collection
             * @property {number|null} [shardId] Shard shardId
             * @property {number|null} [primaryNodeId] Shard primaryNodeId
             * @property {Array.<number>|null} [replicaNodeIds] Shard replicaNodeIds
             * @property {ruvraft.metadata.ShardStatus|null} [status] Shard status
             * @property {ruvraft.metadata.Migration.$Properties|null} [migration] Shard migration
             * @property {Array.<ruvraft.metadata.ShardReplicaStats.$Properties>|null} [stats] Shard stats
             * @property {Array.<ruvraft.metadata.HolderSince.$Properties>|null} [holderSince] Shard holderSince
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Shard.
             * @memberof ruvraft.metadata
             * @interface IShard
             * @augments ruvraft.metadata.Shard.$Properties
             * @deprecated Use ruvraft.metadata.Shard.$Properties instead.
             */

            /**
             * Shape of a Shard.
             * @typedef {ruvraft.metadata.Shard.$Properties} ruvraft.metadata.Shard.$Shape
             */

            /**
             * Constructs a new Shard.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Shard.
             * @constructor
             * @param {ruvraft.metadata.Shard.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Shard = function (properties) {
                this.replicaNodeIds = [];
                this.stats = [];
                this.holderSince = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Shard collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.collection = "";

            /**
             * Shard shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.shardId = 0;

            /**
             * Shard primaryNodeId.
             * @member {number} primaryNodeId
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.primaryNodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Shard replicaNodeIds.
             * @member {Array.<number>} replicaNodeIds
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.replicaNodeIds = $util.emptyArray;

            /**
             * Shard status.
             * @member {ruvraft.metadata.ShardStatus} status
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.status = 0;

            /**
             * Shard migration.
             * @member {ruvraft.metadata.Migration.$Properties|null|undefined} migration
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.migration = null;

            /**
             * Shard stats.
             * @member {Array.<ruvraft.metadata.ShardReplicaStats.$Properties>} stats
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.stats = $util.emptyArray;

            /**
             * Shard holderSince.
             * @member {Array.<ruvraft.metadata.HolderSince.$Properties>} holderSince
             * @memberof ruvraft.metadata.Shard
             * @instance
             */
            Shard.prototype.holderSince = $util.emptyArray;

            /**
             * Creates a new Shard instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Shard
             * @static
             * @param {ruvraft.metadata.Shard.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Shard} Shard instance
             * @type {{
             *   (properties: ruvraft.metadata.Shard.$Shape): ruvraft.metadata.Shard & ruvraft.metadata.Shard.$Shape;
             *   (properties?: ruvraft.metadata.Shard.$Properties): ruvraft.metadata.Shard;
             * }}
             */
            Shard.create = function(properties) {
                return new Shard(properties);
            };

            /**
             * Encodes the specified Shard message. Does not implicitly {@link ruvraft.metadata.Shard.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Shard
             * @static
             * @param {ruvraft.metadata.Shard.$Properties} message Shard message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shard.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.primaryNodeId != null && $Object.hasOwnProperty.call(message, "primaryNodeId") && (typeof message.primaryNodeId === "object" ? message.primaryNodeId.low || message.primaryNodeId.high : message.primaryNodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.primaryNodeId);
                if (message.replicaNodeIds != null && message.replicaNodeIds.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.replicaNodeIds);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.migration != null && $Object.hasOwnProperty.call(message, "migration"))
                    $root.ruvraft.metadata.Migration.encode(message.migration, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.stats != null && message.stats.length)
                    for (let i = 0; i < message.stats.length; ++i)
                        $root.ruvraft.metadata.ShardReplicaStats.encode(message.stats[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.holderSince != null && message.holderSince.length)
                    for (let i = 0; i < message.holderSince.length; ++i)
                        $root.ruvraft.metadata.HolderSince.encode(message.holderSince[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Shard message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Shard
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Shard & ruvraft.metadata.Shard.$Shape} Shard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shard.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Shard();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.primaryNodeId = value;
                            else
                                delete message.primaryNodeId;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.replicaNodeIds && message.replicaNodeIds.length))
                                    message.replicaNodeIds = [];
                                reader.uint64s(message.replicaNodeIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicaNodeIds && message.replicaNodeIds.length))
                                message.replicaNodeIds = [];
                            message.replicaNodeIds.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.migration = $root.ruvraft.metadata.Migration.decode(reader, reader.size(), $undefined, _depth + 1, message.migration);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stats && message.stats.length))
                                message.stats = [];
                            message.stats.push($root.ruvraft.metadata.ShardReplicaStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.holderSince && message.holderSince.length))
                                message.holderSince = [];
                            message.holderSince.push($root.ruvraft.metadata.HolderSince.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Shard
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Shard
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Shard.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Shard";
            };

            return Shard;
        })();

        metadata.HolderSince = (function() {

            /**
             * Properties of a HolderSince.
             * @typedef {Object} ruvraft.metadata.HolderSince.$Properties
             * @property {number|null} [nodeId] HolderSince nodeId
             * @property {number|null} [sinceIndex] HolderSince sinceIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HolderSince.
             * @memberof ruvraft.metadata
             * @interface IHolderSince
             * @augments ruvraft.metadata.HolderSince.$Properties
             * @deprecated Use ruvraft.metadata.HolderSince.$Properties instead.
             */

            /**
             * Shape of a HolderSince.
             * @typedef {ruvraft.metadata.HolderSince.$Properties} ruvraft.metadata.HolderSince.$Shape
             */

            /**
             * Constructs a new HolderSince.
             * @memberof ruvraft.metadata
             * @classdesc Represents a HolderSince.
             * @constructor
             * @param {ruvraft.metadata.HolderSince.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HolderSince = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HolderSince nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.HolderSince
             * @instance
             */
            HolderSince.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HolderSince sinceIndex.
             * @member {number} sinceIndex
             * @memberof ruvraft.metadata.HolderSince
             * @instance
             */
            HolderSince.prototype.sinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HolderSince instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.HolderSince
             * @static
             * @param {ruvraft.metadata.HolderSince.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.HolderSince} HolderSince instance
             * @type {{
             *   (properties: ruvraft.metadata.HolderSince.$Shape): ruvraft.metadata.HolderSince & ruvraft.metadata.HolderSince.$Shape;
             *   (properties?: ruvraft.metadata.HolderSince.$Properties): ruvraft.metadata.HolderSince;
             * }}
             */
            HolderSince.create = function(properties) {
                return new HolderSince(properties);
            };

            /**
             * Encodes the specified HolderSince message. Does not implicitly {@link ruvraft.metadata.HolderSince.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.HolderSince
             * @static
             * @param {ruvraft.metadata.HolderSince.$Properties} message HolderSince message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HolderSince.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.sinceIndex != null && $Object.hasOwnProperty.call(message, "sinceIndex") && (typeof message.sinceIndex === "object" ? message.sinceIndex.low || message.sinceIndex.high : message.sinceIndex !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sinceIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HolderSince message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.HolderSince
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.HolderSince & ruvraft.metadata.HolderSince.$Shape} HolderSince
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HolderSince.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.HolderSince();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceIndex = value;
                            else
                                delete message.sinceIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for HolderSince
             * @function getTypeUrl
             * @memberof ruvraft.metadata.HolderSince
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HolderSince.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.HolderSince";
            };

            return HolderSince;
        })();

        metadata.ShardReplicaStats = (function() {

            /**
             * Properties of a ShardReplicaStats.
             * @typedef {Object} ruvraft.metadata.ShardReplicaStats.$Properties
             * @property {number|null} [nodeId] ShardReplicaStats nodeId
             * @property {number|null} [vectorCount] ShardReplicaStats vectorCount
             * @property {number|null} [bytes] ShardReplicaStats bytes
             * @property {number|null} [reportedAtMs] ShardReplicaStats reportedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardReplicaStats.
             * @memberof ruvraft.metadata
             * @interface IShardReplicaStats
             * @augments ruvraft.metadata.ShardReplicaStats.$Properties
             * @deprecated Use ruvraft.metadata.ShardReplicaStats.$Properties instead.
             */

            /**
             * Shape of a ShardReplicaStats.
             * @typedef {ruvraft.metadata.ShardReplicaStats.$Properties} ruvraft.metadata.ShardReplicaStats.$Shape
             */

            /**
             * Constructs a new ShardReplicaStats.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ShardReplicaStats.
             * @constructor
             * @param {ruvraft.metadata.ShardReplicaStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardReplicaStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardReplicaStats nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @instance
             */
            ShardReplicaStats.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardReplicaStats vectorCount.
             * @member {number} vectorCount
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @instance
             */
            ShardReplicaStats.prototype.vectorCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardReplicaStats bytes.
             * @member {number} bytes
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @instance
             */
            ShardReplicaStats.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardReplicaStats reportedAtMs.
             * @member {number} reportedAtMs
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @instance
             */
            ShardReplicaStats.prototype.reportedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShardReplicaStats instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @static
             * @param {ruvraft.metadata.ShardReplicaStats.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ShardReplicaStats} ShardReplicaStats instance
             * @type {{
             *   (properties: ruvraft.metadata.ShardReplicaStats.$Shape): ruvraft.metadata.ShardReplicaStats & ruvraft.metadata.ShardReplicaStats.$Shape;
             *   (properties?: ruvraft.metadata.ShardReplicaStats.$Properties): ruvraft.metadata.ShardReplicaStats;
             * }}
             */
            ShardReplicaStats.create = function(properties) {
                return new ShardReplicaStats(properties);
            };

            /**
             * Encodes the specified ShardReplicaStats message. Does not implicitly {@link ruvraft.metadata.ShardReplicaStats.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @static
             * @param {ruvraft.metadata.ShardReplicaStats.$Properties} message ShardReplicaStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardReplicaStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.vectorCount != null && $Object.hasOwnProperty.call(message, "vectorCount") && (typeof message.vectorCount === "object" ? message.vectorCount.low || message.vectorCount.high : message.vectorCount !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.vectorCount);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.reportedAtMs != null && $Object.hasOwnProperty.call(message, "reportedAtMs") && (typeof message.reportedAtMs === "object" ? message.reportedAtMs.low || message.reportedAtMs.high : message.reportedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.reportedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardReplicaStats message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardReplicaStats & ruvraft.metadata.ShardReplicaStats.$Shape} ShardReplicaStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardReplicaStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ShardReplicaStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vectorCount = value;
                            else
                                delete message.vectorCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.reportedAtMs = value;
                            else
                                delete message.reportedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShardReplicaStats
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ShardReplicaStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardReplicaStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ShardReplicaStats";
            };

            return ShardReplicaStats;
        })();

        metadata.MetadataEvent = (function() {

            /**
             * Properties of a MetadataEvent.
             * @typedef {Object} ruvraft.metadata.MetadataEvent.$Properties
             * @property {number|null} [atMs] MetadataEvent atMs
             * @property {ruvraft.metadata.RegisterNode.$Properties|null} [registerNode] MetadataEvent registerNode
             * @property {ruvraft.metadata.UpdateNodeStatus.$Properties|null} [updateNodeStatus] MetadataEvent updateNodeStatus
             * @property {ruvraft.metadata.UpdateNodeLabels.$Properties|null} [updateNodeLabels] MetadataEvent updateNodeLabels
             * @property {ruvraft.metadata.UpdateNodeCapacity.$Properties|null} [updateNodeCapacity] MetadataEvent updateNodeCapacity
             * @property {ruvraft.metadata.UpdateNodeRole.$Properties|null} [updateNodeRole] MetadataEvent updateNodeRole
             * @property {ruvraft.metadata.RemoveNode.$Properties|null} [removeNode] MetadataEvent removeNode
             * @property {ruvraft.metadata.SetClusterSettings.$Properties|null} [setClusterSettings] MetadataEvent setClusterSettings
             * @property {ruvraft.metadata.CreateCollection.$Properties|null} [createCollection] MetadataEvent createCollection
             * @property {ruvraft.metadata.UpdateCollection.$Properties|null} [updateCollection] MetadataEvent updateCollection
             * @property {ruvraft.metadata.DropCollection.$Properties|null} [dropCollection] MetadataEvent dropCollection
             * @property {ruvraft.metadata.CreateAlias.$Properties|null} [createAlias] MetadataEvent createAlias
             * @property {ruvraft.metadata.DeleteAlias.$Properties|null} [deleteAlias] MetadataEvent deleteAlias
             * @property {ruvraft.metadata.SwitchAlias.$Properties|null} [switchAlias] MetadataEvent switchAlias
             * @property {ruvraft.metadata.StartMigration.$Properties|null} [startMigration] MetadataEvent startMigration
             * @property {ruvraft.metadata.CompleteMigration.$Properties|null} [completeMigration] MetadataEvent completeMigration
             * @property {ruvraft.metadata.AbortMigration.$Properties|null} [abortMigration] MetadataEvent abortMigration
             * @property {ruvraft.metadata.PromotePrimary.$Properties|null} [promotePrimary] MetadataEvent promotePrimary
             * @property {ruvraft.metadata.SetShardStatus.$Properties|null} [setShardStatus] MetadataEvent setShardStatus
             * @property {ruvraft.metadata.Rebalance.$Properties|null} [rebalance] MetadataEvent rebalance
             * @property {ruvraft.metadata.DrainNode.$Properties|null} [drainNode] MetadataEvent drainNode
             * @property {ruvraft.metadata.UpdateNodeAddress.$Properties|null} [updateNodeAddress] MetadataEvent updateNodeAddress
             * @property {ruvraft.metadata.ReportShardStats.$Properties|null} [reportShardStats] MetadataEvent reportShardStats
             * @property {"registerNode"|"updateNodeStatus"|"updateNodeLabels"|"updateNodeCapacity"|"updateNodeRole"|"removeNode"|"setClusterSettings"|"createCollection"|"updateCollection"|"dropCollection"|"createAlias"|"deleteAlias"|"switchAlias"|"startMigration"|"completeMigration"|"abortMigration"|"promotePrimary"|"setShardStatus"|"rebalance"|"drainNode"|"updateNodeAddress"|"reportShardStats"} [event] MetadataEvent event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataEvent.
             * @memberof ruvraft.metadata
             * @interface IMetadataEvent
             * @augments ruvraft.metadata.MetadataEvent.$Properties
             * @deprecated Use ruvraft.metadata.MetadataEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a MetadataEvent.
             * @typedef {{
             *   atMs?: number|null;
             *   registerNode?: ruvraft.metadata.RegisterNode.$Shape|null;
             *   updateNodeStatus?: ruvraft.metadata.UpdateNodeStatus.$Shape|null;
             *   updateNodeLabels?: ruvraft.metadata.UpdateNodeLabels.$Shape|null;
             *   updateNodeCapacity?: ruvraft.metadata.UpdateNodeCapacity.$Shape|null;
             *   updateNodeRole?: ruvraft.metadata.UpdateNodeRole.$Shape|null;
             *   removeNode?: ruvraft.metadata.RemoveNode.$Shape|null;
             *   setClusterSettings?: ruvraft.metadata.SetClusterSettings.$Shape|null;
             *   createCollection?: ruvraft.metadata.CreateCollection.$Shape|null;
             *   updateCollection?: ruvraft.metadata.UpdateCollection.$Shape|null;
             *   dropCollection?: ruvraft.metadata.DropCollection.$Shape|null;
             *   createAlias?: ruvraft.metadata.CreateAlias.$Shape|null;
             *   deleteAlias?: ruvraft.metadata.DeleteAlias.$Shape|null;
             *   switchAlias?: ruvraft.metadata.SwitchAlias.$Shape|null;
             *   startMigration?: ruvraft.metadata.StartMigration.$Shape|null;
             *   completeMigration?: ruvraft.metadata.CompleteMigration.$Shape|null;
             *   abortMigration?: ruvraft.metadata.AbortMigration.$Shape|null;
             *   promotePrimary?: ruvraft.metadata.PromotePrimary.$Shape|null;
             *   setShardStatus?: ruvraft.metadata.SetShardStatus.$Shape|null;
             *   rebalance?: ruvraft.metadata.Rebalance.$Shape|null;
             *   drainNode?: ruvraft.metadata.DrainNode.$Shape|null;
             *   updateNodeAddress?: ruvraft.metadata.UpdateNodeAddress.$Shape|null;
             *   reportShardStats?: ruvraft.metadata.ReportShardStats.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ event?: undefined; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "registerNode"; registerNode: ruvraft.metadata.RegisterNode.$Shape; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeStatus"; registerNode?: null; updateNodeStatus: ruvraft.metadata.UpdateNodeStatus.$Shape; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeLabels"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels: ruvraft.metadata.UpdateNodeLabels.$Shape; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeCapacity"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity: ruvraft.metadata.UpdateNodeCapacity.$Shape; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeRole"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole: ruvraft.metadata.UpdateNodeRole.$Shape; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "removeNode"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode: ruvraft.metadata.RemoveNode.$Shape; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "setClusterSettings"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings: ruvraft.metadata.SetClusterSettings.$Shape; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "createCollection"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection: ruvraft.metadata.CreateCollection.$Shape; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateCollection"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection: ruvraft.metadata.UpdateCollection.$Shape; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "dropCollection"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection: ruvraft.metadata.DropCollection.$Shape; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "createAlias"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias: ruvraft.metadata.CreateAlias.$Shape; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "deleteAlias"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias: ruvraft.metadata.DeleteAlias.$Shape; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "switchAlias"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias: ruvraft.metadata.SwitchAlias.$Shape; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "startMigration"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration: ruvraft.metadata.StartMigration.$Shape; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "completeMigration"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration: ruvraft.metadata.CompleteMigration.$Shape; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "abortMigration"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration: ruvraft.metadata.AbortMigration.$Shape; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "promotePrimary"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary: ruvraft.metadata.PromotePrimary.$Shape; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "setShardStatus"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus: ruvraft.metadata.SetShardStatus.$Shape; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "rebalance"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance: ruvraft.metadata.Rebalance.$Shape; drainNode?: null; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "drainNode"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode: ruvraft.metadata.DrainNode.$Shape; updateNodeAddress?: null; reportShardStats?: null }|{ event?: "updateNodeAddress"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress: ruvraft.metadata.UpdateNodeAddress.$Shape; reportShardStats?: null }|{ event?: "reportShardStats"; registerNode?: null; updateNodeStatus?: null; updateNodeLabels?: null; updateNodeCapacity?: null; updateNodeRole?: null; removeNode?: null; setClusterSettings?: null; createCollection?: null; updateCollection?: null; dropCollection?: null; createAlias?: null; deleteAlias?: null; switchAlias?: null; startMigration?: null; completeMigration?: null; abortMigration?: null; promotePrimary?: null; setShardStatus?: null; rebalance?: null; drainNode?: null; updateNodeAddress?: null; reportShardStats: ruvraft.metadata.ReportShardStats.$Shape })
             * )} ruvraft.metadata.MetadataEvent.$Shape
             */

            /**
             * Constructs a new MetadataEvent.
             * @memberof ruvraft.metadata
             * @classdesc Represents a MetadataEvent.
             * @constructor
             * @param {ruvraft.metadata.MetadataEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataEvent atMs.
             * @member {number} atMs
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MetadataEvent registerNode.
             * @member {ruvraft.metadata.RegisterNode.$Properties|null|undefined} registerNode
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.registerNode = null;

            /**
             * MetadataEvent updateNodeStatus.
             * @member {ruvraft.metadata.UpdateNodeStatus.$Properties|null|undefined} updateNodeStatus
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.updateNodeStatus = null;

            /**
             * MetadataEvent updateNodeLabels.
             * @member {ruvraft.metadata.UpdateNodeLabels.$Properties|null|undefined} updateNodeLabels
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.updateNodeLabels = null;

            /**
             * MetadataEvent updateNodeCapacity.
             * @member {ruvraft.metadata.UpdateNodeCapacity.$Properties|null|undefined} updateNodeCapacity
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.updateNodeCapacity = null;

            /**
             * MetadataEvent updateNodeRole.
             * @member {ruvraft.metadata.UpdateNodeRole.$Properties|null|undefined} updateNodeRole
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.updateNodeRole = null;

            /**
             * MetadataEvent removeNode.
             * @member {ruvraft.metadata.RemoveNode.$Properties|null|undefined} removeNode
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.removeNode = null;

            /**
             * MetadataEvent setClusterSettings.
             * @member {ruvraft.metadata.SetClusterSettings.$Properties|null|undefined} setClusterSettings
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.setClusterSettings = null;

            /**
             * MetadataEvent createCollection.
             * @member {ruvraft.metadata.CreateCollection.$Properties|null|undefined} createCollection
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.createCollection = null;

            /**
             * MetadataEvent updateCollection.
             * @member {ruvraft.metadata.UpdateCollection.$Properties|null|undefined} updateCollection
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.updateCollection = null;

            /**
             * MetadataEvent dropCollection.
             * @member {ruvraft.metadata.DropCollection.$Properties|null|undefined} dropCollection
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.dropCollection = null;

            /**
             * MetadataEvent createAlias.
             * @member {ruvraft.metadata.CreateAlias.$Properties|null|undefined} createAlias
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.createAlias = null;

            /**
             * MetadataEvent deleteAlias.
             * @member {ruvraft.metadata.DeleteAlias.$Properties|null|undefined} deleteAlias
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.deleteAlias = null;

            /**
             * MetadataEvent switchAlias.
             * @member {ruvraft.metadata.SwitchAlias.$Properties|null|undefined} switchAlias
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.switchAlias = null;

            /**
             * MetadataEvent startMigration.
             * @member {ruvraft.metadata.StartMigration.$Properties|null|undefined} startMigration
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.startMigration = null;

            /**
             * MetadataEvent completeMigration.
             * @member {ruvraft.metadata.CompleteMigration.$Properties|null|undefined} completeMigration
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.completeMigration = null;

            /**
             * MetadataEvent abortMigration.
             * @member {ruvraft.metadata.AbortMigration.$Properties|null|undefined} abortMigration
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.abortMigration = null;

            /**
             * MetadataEvent promotePrimary.
             * @member {ruvraft.metadata.PromotePrimary.$Properties|null|undefined} promotePrimary
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.promotePrimary = null;

            /**
             * MetadataEvent setShardStatus.
             * @member {ruvraft.metadata.SetShardStatus.$Properties|null|undefined} setShardStatus
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.setShardStatus = null;

            /**
             * MetadataEvent rebalance.
             * @member {ruvraft.metadata.Rebalance.$Properties|null|undefined} rebalance
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.rebalance = null;

            /**
             * MetadataEvent drainNode.
             * @member {ruvraft.metadata.DrainNode.$Properties|null|undefined} drainNode
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.drainNode = null;

            /**
             * MetadataEvent updateNodeAddress.
             * @member {ruvraft.metadata.UpdateNodeAddress.$Properties|null|undefined} updateNodeAddress
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.updateNodeAddress = null;

            /**
             * MetadataEvent reportShardStats.
             * @member {ruvraft.metadata.ReportShardStats.$Properties|null|undefined} reportShardStats
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            MetadataEvent.prototype.reportShardStats = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MetadataEvent event.
             * @member {"registerNode"|"updateNodeStatus"|"updateNodeLabels"|"updateNodeCapacity"|"updateNodeRole"|"removeNode"|"setClusterSettings"|"createCollection"|"updateCollection"|"dropCollection"|"createAlias"|"deleteAlias"|"switchAlias"|"startMigration"|"completeMigration"|"abortMigration"|"promotePrimary"|"setShardStatus"|"rebalance"|"drainNode"|"updateNodeAddress"|"reportShardStats"|undefined} event
             * @memberof ruvraft.metadata.MetadataEvent
             * @instance
             */
            $Object.defineProperty(MetadataEvent.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["registerNode", "updateNodeStatus", "updateNodeLabels", "updateNodeCapacity", "updateNodeRole", "removeNode", "setClusterSettings", "createCollection", "updateCollection", "dropCollection", "createAlias", "deleteAlias", "switchAlias", "startMigration", "completeMigration", "abortMigration", "promotePrimary", "setShardStatus", "rebalance", "drainNode", "updateNodeAddress", "reportShardStats"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MetadataEvent instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.MetadataEvent
             * @static
             * @param {ruvraft.metadata.MetadataEvent.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.MetadataEvent} MetadataEvent instance
             * @type {{
             *   (properties: ruvraft.metadata.MetadataEvent.$Shape): ruvraft.metadata.MetadataEvent & ruvraft.metadata.MetadataEvent.$Shape;
             *   (properties?: ruvraft.metadata.MetadataEvent.$Properties): ruvraft.metadata.MetadataEvent;
             * }}
             */
            MetadataEvent.create = function(properties) {
                return new MetadataEvent(properties);
            };

            /**
             * Encodes the specified MetadataEvent message. Does not implicitly {@link ruvraft.metadata.MetadataEvent.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.MetadataEvent
             * @static
             * @param {ruvraft.metadata.MetadataEvent.$Properties} message MetadataEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.atMs);
                if (message.registerNode != null && $Object.hasOwnProperty.call(message, "registerNode"))
                    $root.ruvraft.metadata.RegisterNode.encode(message.registerNode, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.updateNodeStatus != null && $Object.hasOwnProperty.call(message, "updateNodeStatus"))
                    $root.ruvraft.metadata.UpdateNodeStatus.encode(message.updateNodeStatus, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.updateNodeLabels != null && $Object.hasOwnProperty.call(message, "updateNodeLabels"))
                    $root.ruvraft.metadata.UpdateNodeLabels.encode(message.updateNodeLabels, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.updateNodeCapacity != null && $Object.hasOwnProperty.call(message, "updateNodeCapacity"))
                    $root.ruvraft.metadata.UpdateNodeCapacity.encode(message.updateNodeCapacity, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.updateNodeRole != null && $Object.hasOwnProperty.call(message, "updateNodeRole"))
                    $root.ruvraft.metadata.UpdateNodeRole.encode(message.updateNodeRole, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.removeNode != null && $Object.hasOwnProperty.call(message, "removeNode"))
                    $root.ruvraft.metadata.RemoveNode.encode(message.removeNode, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.setClusterSettings != null && $Object.hasOwnProperty.call(message, "setClusterSettings"))
                    $root.ruvraft.metadata.SetClusterSettings.encode(message.setClusterSettings, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.createCollection != null && $Object.hasOwnProperty.call(message, "createCollection"))
                    $root.ruvraft.metadata.CreateCollection.encode(message.createCollection, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.updateCollection != null && $Object.hasOwnProperty.call(message, "updateCollection"))
                    $root.ruvraft.metadata.UpdateCollection.encode(message.updateCollection, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.dropCollection != null && $Object.hasOwnProperty.call(message, "dropCollection"))
                    $root.ruvraft.metadata.DropCollection.encode(message.dropCollection, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.createAlias != null && $Object.hasOwnProperty.call(message, "createAlias"))
                    $root.ruvraft.metadata.CreateAlias.encode(message.createAlias, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.deleteAlias != null && $Object.hasOwnProperty.call(message, "deleteAlias"))
                    $root.ruvraft.metadata.DeleteAlias.encode(message.deleteAlias, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.switchAlias != null && $Object.hasOwnProperty.call(message, "switchAlias"))
                    $root.ruvraft.metadata.SwitchAlias.encode(message.switchAlias, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.startMigration != null && $Object.hasOwnProperty.call(message, "startMigration"))
                    $root.ruvraft.metadata.StartMigration.encode(message.startMigration, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.completeMigration != null && $Object.hasOwnProperty.call(message, "completeMigration"))
                    $root.ruvraft.metadata.CompleteMigration.encode(message.completeMigration, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.abortMigration != null && $Object.hasOwnProperty.call(message, "abortMigration"))
                    $root.ruvraft.metadata.AbortMigration.encode(message.abortMigration, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.promotePrimary != null && $Object.hasOwnProperty.call(message, "promotePrimary"))
                    $root.ruvraft.metadata.PromotePrimary.encode(message.promotePrimary, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.setShardStatus != null && $Object.hasOwnProperty.call(message, "setShardStatus"))
                    $root.ruvraft.metadata.SetShardStatus.encode(message.setShardStatus, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.rebalance != null && $Object.hasOwnProperty.call(message, "rebalance"))
                    $root.ruvraft.metadata.Rebalance.encode(message.rebalance, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.drainNode != null && $Object.hasOwnProperty.call(message, "drainNode"))
                    $root.ruvraft.metadata.DrainNode.encode(message.drainNode, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.updateNodeAddress != null && $Object.hasOwnProperty.call(message, "updateNodeAddress"))
                    $root.ruvraft.metadata.UpdateNodeAddress.encode(message.updateNodeAddress, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.reportShardStats != null && $Object.hasOwnProperty.call(message, "reportShardStats"))
                    $root.ruvraft.metadata.ReportShardStats.encode(message.reportShardStats, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataEvent message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.MetadataEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataEvent & ruvraft.metadata.MetadataEvent.$Shape} MetadataEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.MetadataEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.registerNode = $root.ruvraft.metadata.RegisterNode.decode(reader, reader.size(), $undefined, _depth + 1, message.registerNode);
                            message.event = "registerNode";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.updateNodeStatus = $root.ruvraft.metadata.UpdateNodeStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.updateNodeStatus);
                            message.event = "updateNodeStatus";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.updateNodeLabels = $root.ruvraft.metadata.UpdateNodeLabels.decode(reader, reader.size(), $undefined, _depth + 1, message.updateNodeLabels);
                            message.event = "updateNodeLabels";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.updateNodeCapacity = $root.ruvraft.metadata.UpdateNodeCapacity.decode(reader, reader.size(), $undefined, _depth + 1, message.updateNodeCapacity);
                            message.event = "updateNodeCapacity";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.updateNodeRole = $root.ruvraft.metadata.UpdateNodeRole.decode(reader, reader.size(), $undefined, _depth + 1, message.updateNodeRole);
                            message.event = "updateNodeRole";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.removeNode = $root.ruvraft.metadata.RemoveNode.decode(reader, reader.size(), $undefined, _depth + 1, message.removeNode);
                            message.event = "removeNode";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.setClusterSettings = $root.ruvraft.metadata.SetClusterSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.setClusterSettings);
                            message.event = "setClusterSettings";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.createCollection = $root.ruvraft.metadata.CreateCollection.decode(reader, reader.size(), $undefined, _depth + 1, message.createCollection);
                            message.event = "createCollection";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.updateCollection = $root.ruvraft.metadata.UpdateCollection.decode(reader, reader.size(), $undefined, _depth + 1, message.updateCollection);
                            message.event = "updateCollection";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.dropCollection = $root.ruvraft.metadata.DropCollection.decode(reader, reader.size(), $undefined, _depth + 1, message.dropCollection);
                            message.event = "dropCollection";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.createAlias = $root.ruvraft.metadata.CreateAlias.decode(reader, reader.size(), $undefined, _depth + 1, message.createAlias);
                            message.event = "createAlias";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.deleteAlias = $root.ruvraft.metadata.DeleteAlias.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteAlias);
                            message.event = "deleteAlias";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.switchAlias = $root.ruvraft.metadata.SwitchAlias.decode(reader, reader.size(), $undefined, _depth + 1, message.switchAlias);
                            message.event = "switchAlias";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.startMigration = $root.ruvraft.metadata.StartMigration.decode(reader, reader.size(), $undefined, _depth + 1, message.startMigration);
                            message.event = "startMigration";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.completeMigration = $root.ruvraft.metadata.CompleteMigration.decode(reader, reader.size(), $undefined, _depth + 1, message.completeMigration);
                            message.event = "completeMigration";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.abortMigration = $root.ruvraft.metadata.AbortMigration.decode(reader, reader.size(), $undefined, _depth + 1, message.abortMigration);
                            message.event = "abortMigration";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.promotePrimary = $root.ruvraft.metadata.PromotePrimary.decode(reader, reader.size(), $undefined, _depth + 1, message.promotePrimary);
                            message.event = "promotePrimary";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.setShardStatus = $root.ruvraft.metadata.SetShardStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.setShardStatus);
                            message.event = "setShardStatus";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.rebalance = $root.ruvraft.metadata.Rebalance.decode(reader, reader.size(), $undefined, _depth + 1, message.rebalance);
                            message.event = "rebalance";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.drainNode = $root.ruvraft.metadata.DrainNode.decode(reader, reader.size(), $undefined, _depth + 1, message.drainNode);
                            message.event = "drainNode";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.updateNodeAddress = $root.ruvraft.metadata.UpdateNodeAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.updateNodeAddress);
                            message.event = "updateNodeAddress";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.reportShardStats = $root.ruvraft.metadata.ReportShardStats.decode(reader, reader.size(), $undefined, _depth + 1, message.reportShardStats);
                            message.event = "reportShardStats";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MetadataEvent
             * @function getTypeUrl
             * @memberof ruvraft.metadata.MetadataEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetadataEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.MetadataEvent";
            };

            return MetadataEvent;
        })();

        metadata.RegisterNode = (function() {

            /**
             * Properties of a RegisterNode.
             * @typedef {Object} ruvraft.metadata.RegisterNode.$Properties
             * @property {number|null} [nodeId] RegisterNode nodeId
             * @property {string|null} [address] RegisterNode address
             * @property {number|null} [capacityBytes] RegisterNode capacityBytes
             * @property {Array.<ruvraft.metadata.Label.$Properties>|null} [labels] RegisterNode labels
             * @property {ruvraft.metadata.NodeRole|null} [role] RegisterNode role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterNode.
             * @memberof ruvraft.metadata
             * @interface IRegisterNode
             * @augments ruvraft.metadata.RegisterNode.$Properties
             * @deprecated Use ruvraft.metadata.RegisterNode.$Properties instead.
             */

            /**
             * Shape of a RegisterNode.
             * @typedef {ruvraft.metadata.RegisterNode.$Properties} ruvraft.metadata.RegisterNode.$Shape
             */

            /**
             * Constructs a new RegisterNode.
             * @memberof ruvraft.metadata
             * @classdesc Represents a RegisterNode.
             * @constructor
             * @param {ruvraft.metadata.RegisterNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterNode = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegisterNode nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.RegisterNode
             * @instance
             */
            RegisterNode.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegisterNode address.
             * @member {string} address
             * @memberof ruvraft.metadata.RegisterNode
             * @instance
             */
            RegisterNode.prototype.address = "";

            /**
             * RegisterNode capacityBytes.
             * @member {number} capacityBytes
             * @memberof ruvraft.metadata.RegisterNode
             * @instance
             */
            RegisterNode.prototype.capacityBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegisterNode labels.
             * @member {Array.<ruvraft.metadata.Label.$Properties>} labels
             * @memberof ruvraft.metadata.RegisterNode
             * @instance
             */
            RegisterNode.prototype.labels = $util.emptyArray;

            /**
             * RegisterNode role.
             * @member {ruvraft.metadata.NodeRole} role
             * @memberof ruvraft.metadata.RegisterNode
             * @instance
             */
            RegisterNode.prototype.role = 0;

            /**
             * Creates a new RegisterNode instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.RegisterNode
             * @static
             * @param {ruvraft.metadata.RegisterNode.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.RegisterNode} RegisterNode instance
             * @type {{
             *   (properties: ruvraft.metadata.RegisterNode.$Shape): ruvraft.metadata.RegisterNode & ruvraft.metadata.RegisterNode.$Shape;
             *   (properties?: ruvraft.metadata.RegisterNode.$Properties): ruvraft.metadata.RegisterNode;
             * }}
             */
            RegisterNode.create = function(properties) {
                return new RegisterNode(properties);
            };

            /**
             * Encodes the specified RegisterNode message. Does not implicitly {@link ruvraft.metadata.RegisterNode.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.RegisterNode
             * @static
             * @param {ruvraft.metadata.RegisterNode.$Properties} message RegisterNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.capacityBytes != null && $Object.hasOwnProperty.call(message, "capacityBytes") && (typeof message.capacityBytes === "object" ? message.capacityBytes.low || message.capacityBytes.high : message.capacityBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.capacityBytes);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.ruvraft.metadata.Label.encode(message.labels[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegisterNode message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.RegisterNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.RegisterNode & ruvraft.metadata.RegisterNode.$Shape} RegisterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.RegisterNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.capacityBytes = value;
                            else
                                delete message.capacityBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.ruvraft.metadata.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for RegisterNode
             * @function getTypeUrl
             * @memberof ruvraft.metadata.RegisterNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.RegisterNode";
            };

            return RegisterNode;
        })();

        metadata.UpdateNodeStatus = (function() {

            /**
             * Properties of an UpdateNodeStatus.
             * @typedef {Object} ruvraft.metadata.UpdateNodeStatus.$Properties
             * @property {number|null} [nodeId] UpdateNodeStatus nodeId
             * @property {ruvraft.metadata.NodeStatus|null} [status] UpdateNodeStatus status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateNodeStatus.
             * @memberof ruvraft.metadata
             * @interface IUpdateNodeStatus
             * @augments ruvraft.metadata.UpdateNodeStatus.$Properties
             * @deprecated Use ruvraft.metadata.UpdateNodeStatus.$Properties instead.
             */

            /**
             * Shape of an UpdateNodeStatus.
             * @typedef {ruvraft.metadata.UpdateNodeStatus.$Properties} ruvraft.metadata.UpdateNodeStatus.$Shape
             */

            /**
             * Constructs a new UpdateNodeStatus.
             * @memberof ruvraft.metadata
             * @classdesc Represents an UpdateNodeStatus.
             * @constructor
             * @param {ruvraft.metadata.UpdateNodeStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateNodeStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateNodeStatus nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.UpdateNodeStatus
             * @instance
             */
            UpdateNodeStatus.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateNodeStatus status.
             * @member {ruvraft.metadata.NodeStatus} status
             * @memberof ruvraft.metadata.UpdateNodeStatus
             * @instance
             */
            UpdateNodeStatus.prototype.status = 0;

            /**
             * Creates a new UpdateNodeStatus instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.UpdateNodeStatus
             * @static
             * @param {ruvraft.metadata.UpdateNodeStatus.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.UpdateNodeStatus} UpdateNodeStatus instance
             * @type {{
             *   (properties: ruvraft.metadata.UpdateNodeStatus.$Shape): ruvraft.metadata.UpdateNodeStatus & ruvraft.metadata.UpdateNodeStatus.$Shape;
             *   (properties?: ruvraft.metadata.UpdateNodeStatus.$Properties): ruvraft.metadata.UpdateNodeStatus;
             * }}
             */
            UpdateNodeStatus.create = function(properties) {
                return new UpdateNodeStatus(properties);
            };

            /**
             * Encodes the specified UpdateNodeStatus message. Does not implicitly {@link ruvraft.metadata.UpdateNodeStatus.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.UpdateNodeStatus
             * @static
             * @param {ruvraft.metadata.UpdateNodeStatus.$Properties} message UpdateNodeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateNodeStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateNodeStatus message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.UpdateNodeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeStatus & ruvraft.metadata.UpdateNodeStatus.$Shape} UpdateNodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateNodeStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.UpdateNodeStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UpdateNodeStatus
             * @function getTypeUrl
             * @memberof ruvraft.metadata.UpdateNodeStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateNodeStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.UpdateNodeStatus";
            };

            return UpdateNodeStatus;
        })();

        metadata.UpdateNodeLabels = (function() {

            /**
             * Properties of an UpdateNodeLabels.
             * @typedef {Object} ruvraft.metadata.UpdateNodeLabels.$Properties
             * @property {number|null} [nodeId] UpdateNodeLabels nodeId
             * @property {Array.<ruvraft.metadata.Label.$Properties>|null} [labels] UpdateNodeLabels labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateNodeLabels.
             * @memberof ruvraft.metadata
             * @interface IUpdateNodeLabels
             * @augments ruvraft.metadata.UpdateNodeLabels.$Properties
             * @deprecated Use ruvraft.metadata.UpdateNodeLabels.$Properties instead.
             */

            /**
             * Shape of an UpdateNodeLabels.
             * @typedef {ruvraft.metadata.UpdateNodeLabels.$Properties} ruvraft.metadata.UpdateNodeLabels.$Shape
             */

            /**
             * Constructs a new UpdateNodeLabels.
             * @memberof ruvraft.metadata
             * @classdesc Represents an UpdateNodeLabels.
             * @constructor
             * @param {ruvraft.metadata.UpdateNodeLabels.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateNodeLabels = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateNodeLabels nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.UpdateNodeLabels
             * @instance
             */
            UpdateNodeLabels.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateNodeLabels labels.
             * @member {Array.<ruvraft.metadata.Label.$Properties>} labels
             * @memberof ruvraft.metadata.UpdateNodeLabels
             * @instance
             */
            UpdateNodeLabels.prototype.labels = $util.emptyArray;

            /**
             * Creates a new UpdateNodeLabels instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.UpdateNodeLabels
             * @static
             * @param {ruvraft.metadata.UpdateNodeLabels.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.UpdateNodeLabels} UpdateNodeLabels instance
             * @type {{
             *   (properties: ruvraft.metadata.UpdateNodeLabels.$Shape): ruvraft.metadata.UpdateNodeLabels & ruvraft.metadata.UpdateNodeLabels.$Shape;
             *   (properties?: ruvraft.metadata.UpdateNodeLabels.$Properties): ruvraft.metadata.UpdateNodeLabels;
             * }}
             */
            UpdateNodeLabels.create = function(properties) {
                return new UpdateNodeLabels(properties);
            };

            /**
             * Encodes the specified UpdateNodeLabels message. Does not implicitly {@link ruvraft.metadata.UpdateNodeLabels.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.UpdateNodeLabels
             * @static
             * @param {ruvraft.metadata.UpdateNodeLabels.$Properties} message UpdateNodeLabels message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateNodeLabels.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.ruvraft.metadata.Label.encode(message.labels[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateNodeLabels message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.UpdateNodeLabels
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeLabels & ruvraft.metadata.UpdateNodeLabels.$Shape} UpdateNodeLabels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateNodeLabels.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.UpdateNodeLabels();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.ruvraft.metadata.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UpdateNodeLabels
             * @function getTypeUrl
             * @memberof ruvraft.metadata.UpdateNodeLabels
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateNodeLabels.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.UpdateNodeLabels";
            };

            return UpdateNodeLabels;
        })();

        metadata.UpdateNodeCapacity = (function() {

            /**
             * Properties of an UpdateNodeCapacity.
             * @typedef {Object} ruvraft.metadata.UpdateNodeCapacity.$Properties
             * @property {number|null} [nodeId] UpdateNodeCapacity nodeId
             * @property {number|null} [capacityBytes] UpdateNodeCapacity capacityBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateNodeCapacity.
             * @memberof ruvraft.metadata
             * @interface IUpdateNodeCapacity
             * @augments ruvraft.metadata.UpdateNodeCapacity.$Properties
             * @deprecated Use ruvraft.metadata.UpdateNodeCapacity.$Properties instead.
             */

            /**
             * Shape of an UpdateNodeCapacity.
             * @typedef {ruvraft.metadata.UpdateNodeCapacity.$Properties} ruvraft.metadata.UpdateNodeCapacity.$Shape
             */

            /**
             * Constructs a new UpdateNodeCapacity.
             * @memberof ruvraft.metadata
             * @classdesc Represents an UpdateNodeCapacity.
             * @constructor
             * @param {ruvraft.metadata.UpdateNodeCapacity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateNodeCapacity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateNodeCapacity nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.UpdateNodeCapacity
             * @instance
             */
            UpdateNodeCapacity.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateNodeCapacity capacityBytes.
             * @member {number} capacityBytes
             * @memberof ruvraft.metadata.UpdateNodeCapacity
             * @instance
             */
            UpdateNodeCapacity.prototype.capacityBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UpdateNodeCapacity instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.UpdateNodeCapacity
             * @static
             * @param {ruvraft.metadata.UpdateNodeCapacity.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.UpdateNodeCapacity} UpdateNodeCapacity instance
             * @type {{
             *   (properties: ruvraft.metadata.UpdateNodeCapacity.$Shape): ruvraft.metadata.UpdateNodeCapacity & ruvraft.metadata.UpdateNodeCapacity.$Shape;
             *   (properties?: ruvraft.metadata.UpdateNodeCapacity.$Properties): ruvraft.metadata.UpdateNodeCapacity;
             * }}
             */
            UpdateNodeCapacity.create = function(properties) {
                return new UpdateNodeCapacity(properties);
            };

            /**
             * Encodes the specified UpdateNodeCapacity message. Does not implicitly {@link ruvraft.metadata.UpdateNodeCapacity.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.UpdateNodeCapacity
             * @static
             * @param {ruvraft.metadata.UpdateNodeCapacity.$Properties} message UpdateNodeCapacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateNodeCapacity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.capacityBytes != null && $Object.hasOwnProperty.call(message, "capacityBytes") && (typeof message.capacityBytes === "object" ? message.capacityBytes.low || message.capacityBytes.high : message.capacityBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.capacityBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateNodeCapacity message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.UpdateNodeCapacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeCapacity & ruvraft.metadata.UpdateNodeCapacity.$Shape} UpdateNodeCapacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateNodeCapacity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.UpdateNodeCapacity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.capacityBytes = value;
                            else
                                delete message.capacityBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UpdateNodeCapacity
             * @function getTypeUrl
             * @memberof ruvraft.metadata.UpdateNodeCapacity
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateNodeCapacity.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.UpdateNodeCapacity";
            };

            return UpdateNodeCapacity;
        })();

        metadata.UpdateNodeRole = (function() {

            /**
             * Properties of an UpdateNodeRole.
             * @typedef {Object} ruvraft.metadata.UpdateNodeRole.$Properties
             * @property {number|null} [nodeId] UpdateNodeRole nodeId
             * @property {ruvraft.metadata.NodeRole|null} [role] UpdateNodeRole role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateNodeRole.
             * @memberof ruvraft.metadata
             * @interface IUpdateNodeRole
             * @augments ruvraft.metadata.UpdateNodeRole.$Properties
             * @deprecated Use ruvraft.metadata.UpdateNodeRole.$Properties instead.
             */

            /**
             * Shape of an UpdateNodeRole.
             * @typedef {ruvraft.metadata.UpdateNodeRole.$Properties} ruvraft.metadata.UpdateNodeRole.$Shape
             */

            /**
             * Constructs a new UpdateNodeRole.
             * @memberof ruvraft.metadata
             * @classdesc Represents an UpdateNodeRole.
             * @constructor
             * @param {ruvraft.metadata.UpdateNodeRole.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateNodeRole = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateNodeRole nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.UpdateNodeRole
             * @instance
             */
            UpdateNodeRole.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateNodeRole role.
             * @member {ruvraft.metadata.NodeRole} role
             * @memberof ruvraft.metadata.UpdateNodeRole
             * @instance
             */
            UpdateNodeRole.prototype.role = 0;

            /**
             * Creates a new UpdateNodeRole instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.UpdateNodeRole
             * @static
             * @param {ruvraft.metadata.UpdateNodeRole.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.UpdateNodeRole} UpdateNodeRole instance
             * @type {{
             *   (properties: ruvraft.metadata.UpdateNodeRole.$Shape): ruvraft.metadata.UpdateNodeRole & ruvraft.metadata.UpdateNodeRole.$Shape;
             *   (properties?: ruvraft.metadata.UpdateNodeRole.$Properties): ruvraft.metadata.UpdateNodeRole;
             * }}
             */
            UpdateNodeRole.create = function(properties) {
                return new UpdateNodeRole(properties);
            };

            /**
             * Encodes the specified UpdateNodeRole message. Does not implicitly {@link ruvraft.metadata.UpdateNodeRole.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.UpdateNodeRole
             * @static
             * @param {ruvraft.metadata.UpdateNodeRole.$Properties} message UpdateNodeRole message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateNodeRole.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateNodeRole message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.UpdateNodeRole
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeRole & ruvraft.metadata.UpdateNodeRole.$Shape} UpdateNodeRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateNodeRole.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.UpdateNodeRole();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UpdateNodeRole
             * @function getTypeUrl
             * @memberof ruvraft.metadata.UpdateNodeRole
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateNodeRole.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.UpdateNodeRole";
            };

            return UpdateNodeRole;
        })();

        metadata.RemoveNode = (function() {

            /**
             * Properties of a RemoveNode.
             * @typedef {Object} ruvraft.metadata.RemoveNode.$Properties
             * @property {number|null} [nodeId] RemoveNode nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveNode.
             * @memberof ruvraft.metadata
             * @interface IRemoveNode
             * @augments ruvraft.metadata.RemoveNode.$Properties
             * @deprecated Use ruvraft.metadata.RemoveNode.$Properties instead.
             */

            /**
             * Shape of a RemoveNode.
             * @typedef {ruvraft.metadata.RemoveNode.$Properties} ruvraft.metadata.RemoveNode.$Shape
             */

            /**
             * Constructs a new RemoveNode.
             * @memberof ruvraft.metadata
             * @classdesc Represents a RemoveNode.
             * @constructor
             * @param {ruvraft.metadata.RemoveNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveNode nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.RemoveNode
             * @instance
             */
            RemoveNode.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RemoveNode instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.RemoveNode
             * @static
             * @param {ruvraft.metadata.RemoveNode.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.RemoveNode} RemoveNode instance
             * @type {{
             *   (properties: ruvraft.metadata.RemoveNode.$Shape): ruvraft.metadata.RemoveNode & ruvraft.metadata.RemoveNode.$Shape;
             *   (properties?: ruvraft.metadata.RemoveNode.$Properties): ruvraft.metadata.RemoveNode;
             * }}
             */
            RemoveNode.create = function(properties) {
                return new RemoveNode(properties);
            };

            /**
             * Encodes the specified RemoveNode message. Does not implicitly {@link ruvraft.metadata.RemoveNode.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.RemoveNode
             * @static
             * @param {ruvraft.metadata.RemoveNode.$Properties} message RemoveNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveNode message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.RemoveNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.RemoveNode & ruvraft.metadata.RemoveNode.$Shape} RemoveNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.RemoveNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for RemoveNode
             * @function getTypeUrl
             * @memberof ruvraft.metadata.RemoveNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RemoveNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.RemoveNode";
            };

            return RemoveNode;
        })();

        metadata.SetClusterSettings = (function() {

            /**
             * Properties of a SetClusterSettings.
             * @typedef {Object} ruvraft.metadata.SetClusterSettings.$Properties
             * @property {ruvraft.metadata.ClusterSettings.$Properties|null} [settings] SetClusterSettings settings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetClusterSettings.
             * @memberof ruvraft.metadata
             * @interface ISetClusterSettings
             * @augments ruvraft.metadata.SetClusterSettings.$Properties
             * @deprecated Use ruvraft.metadata.SetClusterSettings.$Properties instead.
             */

            /**
             * Shape of a SetClusterSettings.
             * @typedef {ruvraft.metadata.SetClusterSettings.$Properties} ruvraft.metadata.SetClusterSettings.$Shape
             */

            /**
             * Constructs a new SetClusterSettings.
             * @memberof ruvraft.metadata
             * @classdesc Represents a SetClusterSettings.
             * @constructor
             * @param {ruvraft.metadata.SetClusterSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetClusterSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetClusterSettings settings.
             * @member {ruvraft.metadata.ClusterSettings.$Properties|null|undefined} settings
             * @memberof ruvraft.metadata.SetClusterSettings
             * @instance
             */
            SetClusterSettings.prototype.settings = null;

            /**
             * Creates a new SetClusterSettings instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.SetClusterSettings
             * @static
             * @param {ruvraft.metadata.SetClusterSettings.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.SetClusterSettings} SetClusterSettings instance
             * @type {{
             *   (properties: ruvraft.metadata.SetClusterSettings.$Shape): ruvraft.metadata.SetClusterSettings & ruvraft.metadata.SetClusterSettings.$Shape;
             *   (properties?: ruvraft.metadata.SetClusterSettings.$Properties): ruvraft.metadata.SetClusterSettings;
             * }}
             */
            SetClusterSettings.create = function(properties) {
                return new SetClusterSettings(properties);
            };

            /**
             * Encodes the specified SetClusterSettings message. Does not implicitly {@link ruvraft.metadata.SetClusterSettings.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.SetClusterSettings
             * @static
             * @param {ruvraft.metadata.SetClusterSettings.$Properties} message SetClusterSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetClusterSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.ruvraft.metadata.ClusterSettings.encode(message.settings, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetClusterSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.SetClusterSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.SetClusterSettings & ruvraft.metadata.SetClusterSettings.$Shape} SetClusterSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetClusterSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.SetClusterSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.ruvraft.metadata.ClusterSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SetClusterSettings
             * @function getTypeUrl
             * @memberof ruvraft.metadata.SetClusterSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetClusterSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.SetClusterSettings";
            };

            return SetClusterSettings;
        })();

        metadata.CreateCollection = (function() {

            /**
             * Properties of a CreateCollection.
             * @typedef {Object} ruvraft.metadata.CreateCollection.$Properties
             * @property {ruvraft.metadata.CollectionSpec.$Properties|null} [spec] CreateCollection spec
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateCollection.
             * @memberof ruvraft.metadata
             * @interface ICreateCollection
             * @augments ruvraft.metadata.CreateCollection.$Properties
             * @deprecated Use ruvraft.metadata.CreateCollection.$Properties instead.
             */

            /**
             * Shape of a CreateCollection.
             * @typedef {{
             *   spec?: ruvraft.metadata.CollectionSpec.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ruvraft.metadata.CreateCollection.$Shape
             */

            /**
             * Constructs a new CreateCollection.
             * @memberof ruvraft.metadata
             * @classdesc Represents a CreateCollection.
             * @constructor
             * @param {ruvraft.metadata.CreateCollection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateCollection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateCollection spec.
             * @member {ruvraft.metadata.CollectionSpec.$Properties|null|undefined} spec
             * @memberof ruvraft.metadata.CreateCollection
             * @instance
             */
            CreateCollection.prototype.spec = null;

            /**
             * Creates a new CreateCollection instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.CreateCollection
             * @static
             * @param {ruvraft.metadata.CreateCollection.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.CreateCollection} CreateCollection instance
             * @type {{
             *   (properties: ruvraft.metadata.CreateCollection.$Shape): ruvraft.metadata.CreateCollection & ruvraft.metadata.CreateCollection.$Shape;
             *   (properties?: ruvraft.metadata.CreateCollection.$Properties): ruvraft.metadata.CreateCollection;
             * }}
             */
            CreateCollection.create = function(properties) {
                return new CreateCollection(properties);
            };

            /**
             * Encodes the specified CreateCollection message. Does not implicitly {@link ruvraft.metadata.CreateCollection.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.CreateCollection
             * @static
             * @param {ruvraft.metadata.CreateCollection.$Properties} message CreateCollection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateCollection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.ruvraft.metadata.CollectionSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateCollection message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.CreateCollection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CreateCollection & ruvraft.metadata.CreateCollection.$Shape} CreateCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateCollection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.CreateCollection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.ruvraft.metadata.CollectionSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CreateCollection
             * @function getTypeUrl
             * @memberof ruvraft.metadata.CreateCollection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateCollection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.CreateCollection";
            };

            return CreateCollection;
        })();

        metadata.UpdateCollection = (function() {

            /**
             * Properties of an UpdateCollection.
             * @typedef {Object} ruvraft.metadata.UpdateCollection.$Properties
             * @property {string|null} [name] UpdateCollection name
             * @property {number|null} [efSearch] UpdateCollection efSearch
             * @property {number|null} [replicationFactor] UpdateCollection replicationFactor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateCollection.
             * @memberof ruvraft.metadata
             * @interface IUpdateCollection
             * @augments ruvraft.metadata.UpdateCollection.$Properties
             * @deprecated Use ruvraft.metadata.UpdateCollection.$Properties instead.
             */

            /**
             * Shape of an UpdateCollection.
             * @typedef {ruvraft.metadata.UpdateCollection.$Properties} ruvraft.metadata.UpdateCollection.$Shape
             */

            /**
             * Constructs a new UpdateCollection.
             * @memberof ruvraft.metadata
             * @classdesc Represents an UpdateCollection.
             * @constructor
             * @param {ruvraft.metadata.UpdateCollection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateCollection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateCollection name.
             * @member {string} name
             * @memberof ruvraft.metadata.UpdateCollection
             * @instance
             */
            UpdateCollection.prototype.name = "";

            /**
             * UpdateCollection efSearch.
             * @member {number} efSearch
             * @memberof ruvraft.metadata.UpdateCollection
             * @instance
             */
            UpdateCollection.prototype.efSearch = 0;

            /**
             * UpdateCollection replicationFactor.
             * @member {number} replicationFactor
             * @memberof ruvraft.metadata.UpdateCollection
             * @instance
             */
            UpdateCollection.prototype.replicationFactor = 0;

            /**
             * Creates a new UpdateCollection instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.UpdateCollection
             * @static
             * @param {ruvraft.metadata.UpdateCollection.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.UpdateCollection} UpdateCollection instance
             * @type {{
             *   (properties: ruvraft.metadata.UpdateCollection.$Shape): ruvraft.metadata.UpdateCollection & ruvraft.metadata.UpdateCollection.$Shape;
             *   (properties?: ruvraft.metadata.UpdateCollection.$Properties): ruvraft.metadata.UpdateCollection;
             * }}
             */
            UpdateCollection.create = function(properties) {
                return new UpdateCollection(properties);
            };

            /**
             * Encodes the specified UpdateCollection message. Does not implicitly {@link ruvraft.metadata.UpdateCollection.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.UpdateCollection
             * @static
             * @param {ruvraft.metadata.UpdateCollection.$Properties} message UpdateCollection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateCollection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.efSearch != null && $Object.hasOwnProperty.call(message, "efSearch") && message.efSearch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.efSearch);
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.replicationFactor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateCollection message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.UpdateCollection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateCollection & ruvraft.metadata.UpdateCollection.$Shape} UpdateCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateCollection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.UpdateCollection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.efSearch = value;
                            else
                                delete message.efSearch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UpdateCollection
             * @function getTypeUrl
             * @memberof ruvraft.metadata.UpdateCollection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateCollection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.UpdateCollection";
            };

            return UpdateCollection;
        })();

        metadata.DropCollection = (function() {

            /**
             * Properties of a DropCollection.
             * @typedef {Object} ruvraft.metadata.DropCollection.$Properties
             * @property {string|null} [name] DropCollection name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DropCollection.
             * @memberof ruvraft.metadata
             * @interface IDropCollection
             * @augments ruvraft.metadata.DropCollection.$Properties
             * @deprecated Use ruvraft.metadata.DropCollection.$Properties instead.
             */

            /**
             * Shape of a DropCollection.
             * @typedef {ruvraft.metadata.DropCollection.$Properties} ruvraft.metadata.DropCollection.$Shape
             */

            /**
             * Constructs a new DropCollection.
             * @memberof ruvraft.metadata
             * @classdesc Represents a DropCollection.
             * @constructor
             * @param {ruvraft.metadata.DropCollection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DropCollection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DropCollection name.
             * @member {string} name
             * @memberof ruvraft.metadata.DropCollection
             * @instance
             */
            DropCollection.prototype.name = "";

            /**
             * Creates a new DropCollection instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.DropCollection
             * @static
             * @param {ruvraft.metadata.DropCollection.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.DropCollection} DropCollection instance
             * @type {{
             *   (properties: ruvraft.metadata.DropCollection.$Shape): ruvraft.metadata.DropCollection & ruvraft.metadata.DropCollection.$Shape;
             *   (properties?: ruvraft.metadata.DropCollection.$Properties): ruvraft.metadata.DropCollection;
             * }}
             */
            DropCollection.create = function(properties) {
                return new DropCollection(properties);
            };

            /**
             * Encodes the specified DropCollection message. Does not implicitly {@link ruvraft.metadata.DropCollection.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.DropCollection
             * @static
             * @param {ruvraft.metadata.DropCollection.$Properties} message DropCollection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DropCollection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DropCollection message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.DropCollection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.DropCollection & ruvraft.metadata.DropCollection.$Shape} DropCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DropCollection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.DropCollection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DropCollection
             * @function getTypeUrl
             * @memberof ruvraft.metadata.DropCollection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DropCollection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.DropCollection";
            };

            return DropCollection;
        })();

        metadata.CreateAlias = (function() {

            /**
             * Properties of a CreateAlias.
             * @typedef {Object} ruvraft.metadata.CreateAlias.$Properties
             * @property {string|null} [alias] CreateAlias alias
             * @property {string|null} [collection] CreateAlias collection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateAlias.
             * @memberof ruvraft.metadata
             * @interface ICreateAlias
             * @augments ruvraft.metadata.CreateAlias.$Properties
             * @deprecated Use ruvraft.metadata.CreateAlias.$Properties instead.
             */

            /**
             * Shape of a CreateAlias.
             * @typedef {ruvraft.metadata.CreateAlias.$Properties} ruvraft.metadata.CreateAlias.$Shape
             */

            /**
             * Constructs a new CreateAlias.
             * @memberof ruvraft.metadata
             * @classdesc Represents a CreateAlias.
             * @constructor
             * @param {ruvraft.metadata.CreateAlias.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateAlias = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateAlias alias.
             * @member {string} alias
             * @memberof ruvraft.metadata.CreateAlias
             * @instance
             */
            CreateAlias.prototype.alias = "";

            /**
             * CreateAlias collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.CreateAlias
             * @instance
             */
            CreateAlias.prototype.collection = "";

            /**
             * Creates a new CreateAlias instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.CreateAlias
             * @static
             * @param {ruvraft.metadata.CreateAlias.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.CreateAlias} CreateAlias instance
             * @type {{
             *   (properties: ruvraft.metadata.CreateAlias.$Shape): ruvraft.metadata.CreateAlias & ruvraft.metadata.CreateAlias.$Shape;
             *   (properties?: ruvraft.metadata.CreateAlias.$Properties): ruvraft.metadata.CreateAlias;
             * }}
             */
            CreateAlias.create = function(properties) {
                return new CreateAlias(properties);
            };

            /**
             * Encodes the specified CreateAlias message. Does not implicitly {@link ruvraft.metadata.CreateAlias.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.CreateAlias
             * @static
             * @param {ruvraft.metadata.CreateAlias.$Properties} message CreateAlias message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateAlias.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alias != null && $Object.hasOwnProperty.call(message, "alias") && message.alias !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alias);
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.collection);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateAlias message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.CreateAlias
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CreateAlias & ruvraft.metadata.CreateAlias.$Shape} CreateAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateAlias.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.CreateAlias();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alias = value;
                            else
                                delete message.alias;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CreateAlias
             * @function getTypeUrl
             * @memberof ruvraft.metadata.CreateAlias
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateAlias.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.CreateAlias";
            };

            return CreateAlias;
        })();

        metadata.DeleteAlias = (function() {

            /**
             * Properties of a DeleteAlias.
             * @typedef {Object} ruvraft.metadata.DeleteAlias.$Properties
             * @property {string|null} [alias] DeleteAlias alias
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteAlias.
             * @memberof ruvraft.metadata
             * @interface IDeleteAlias
             * @augments ruvraft.metadata.DeleteAlias.$Properties
             * @deprecated Use ruvraft.metadata.DeleteAlias.$Properties instead.
             */

            /**
             * Shape of a DeleteAlias.
             * @typedef {ruvraft.metadata.DeleteAlias.$Properties} ruvraft.metadata.DeleteAlias.$Shape
             */

            /**
             * Constructs a new DeleteAlias.
             * @memberof ruvraft.metadata
             * @classdesc Represents a DeleteAlias.
             * @constructor
             * @param {ruvraft.metadata.DeleteAlias.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteAlias = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteAlias alias.
             * @member {string} alias
             * @memberof ruvraft.metadata.DeleteAlias
             * @instance
             */
            DeleteAlias.prototype.alias = "";

            /**
             * Creates a new DeleteAlias instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.DeleteAlias
             * @static
             * @param {ruvraft.metadata.DeleteAlias.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.DeleteAlias} DeleteAlias instance
             * @type {{
             *   (properties: ruvraft.metadata.DeleteAlias.$Shape): ruvraft.metadata.DeleteAlias & ruvraft.metadata.DeleteAlias.$Shape;
             *   (properties?: ruvraft.metadata.DeleteAlias.$Properties): ruvraft.metadata.DeleteAlias;
             * }}
             */
            DeleteAlias.create = function(properties) {
                return new DeleteAlias(properties);
            };

            /**
             * Encodes the specified DeleteAlias message. Does not implicitly {@link ruvraft.metadata.DeleteAlias.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.DeleteAlias
             * @static
             * @param {ruvraft.metadata.DeleteAlias.$Properties} message DeleteAlias message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteAlias.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alias != null && $Object.hasOwnProperty.call(message, "alias") && message.alias !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alias);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteAlias message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.DeleteAlias
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.DeleteAlias & ruvraft.metadata.DeleteAlias.$Shape} DeleteAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteAlias.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.DeleteAlias();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alias = value;
                            else
                                delete message.alias;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DeleteAlias
             * @function getTypeUrl
             * @memberof ruvraft.metadata.DeleteAlias
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteAlias.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.DeleteAlias";
            };

            return DeleteAlias;
        })();

        metadata.SwitchAlias = (function() {

            /**
             * Properties of a SwitchAlias.
             * @typedef {Object} ruvraft.metadata.SwitchAlias.$Properties
             * @property {string|null} [alias] SwitchAlias alias
             * @property {string|null} [collection] SwitchAlias collection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SwitchAlias.
             * @memberof ruvraft.metadata
             * @interface ISwitchAlias
             * @augments ruvraft.metadata.SwitchAlias.$Properties
             * @deprecated Use ruvraft.metadata.SwitchAlias.$Properties instead.
             */

            /**
             * Shape of a SwitchAlias.
             * @typedef {ruvraft.metadata.SwitchAlias.$Properties} ruvraft.metadata.SwitchAlias.$Shape
             */

            /**
             * Constructs a new SwitchAlias.
             * @memberof ruvraft.metadata
             * @classdesc Represents a SwitchAlias.
             * @constructor
             * @param {ruvraft.metadata.SwitchAlias.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SwitchAlias = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SwitchAlias alias.
             * @member {string} alias
             * @memberof ruvraft.metadata.SwitchAlias
             * @instance
             */
            SwitchAlias.prototype.alias = "";

            /**
             * SwitchAlias collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.SwitchAlias
             * @instance
             */
            SwitchAlias.prototype.collection = "";

            /**
             * Creates a new SwitchAlias instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.SwitchAlias
             * @static
             * @param {ruvraft.metadata.SwitchAlias.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.SwitchAlias} SwitchAlias instance
             * @type {{
             *   (properties: ruvraft.metadata.SwitchAlias.$Shape): ruvraft.metadata.SwitchAlias & ruvraft.metadata.SwitchAlias.$Shape;
             *   (properties?: ruvraft.metadata.SwitchAlias.$Properties): ruvraft.metadata.SwitchAlias;
             * }}
             */
            SwitchAlias.create = function(properties) {
                return new SwitchAlias(properties);
            };

            /**
             * Encodes the specified SwitchAlias message. Does not implicitly {@link ruvraft.metadata.SwitchAlias.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.SwitchAlias
             * @static
             * @param {ruvraft.metadata.SwitchAlias.$Properties} message SwitchAlias message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SwitchAlias.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alias != null && $Object.hasOwnProperty.call(message, "alias") && message.alias !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alias);
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.collection);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SwitchAlias message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.SwitchAlias
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.SwitchAlias & ruvraft.metadata.SwitchAlias.$Shape} SwitchAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SwitchAlias.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.SwitchAlias();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alias = value;
                            else
                                delete message.alias;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SwitchAlias
             * @function getTypeUrl
             * @memberof ruvraft.metadata.SwitchAlias
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SwitchAlias.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.SwitchAlias";
            };

            return SwitchAlias;
        })();

        metadata.StartMigration = (function() {

            /**
             * Properties of a StartMigration.
             * @typedef {Object} ruvraft.metadata.StartMigration.$Properties
             * @property {string|null} [collection] StartMigration collection
             * @property {number|null} [shardId] StartMigration shardId
             * @property {number|null} [sourceNodeId] StartMigration sourceNodeId
             * @property {number|null} [targetNodeId] StartMigration targetNodeId
             * @property {number|null} [totalKeys] StartMigration totalKeys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartMigration.
             * @memberof ruvraft.metadata
             * @interface IStartMigration
             * @augments ruvraft.metadata.StartMigration.$Properties
             * @deprecated Use ruvraft.metadata.StartMigration.$Properties instead.
             */

            /**
             * Shape of a StartMigration.
             * @typedef {ruvraft.metadata.StartMigration.$Properties} ruvraft.metadata.StartMigration.$Shape
             */

            /**
             * Constructs a new StartMigration.
             * @memberof ruvraft.metadata
             * @classdesc Represents a StartMigration.
             * @constructor
             * @param {ruvraft.metadata.StartMigration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartMigration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartMigration collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.StartMigration
             * @instance
             */
            StartMigration.prototype.collection = "";

            /**
             * StartMigration shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.StartMigration
             * @instance
             */
            StartMigration.prototype.shardId = 0;

            /**
             * StartMigration sourceNodeId.
             * @member {number} sourceNodeId
             * @memberof ruvraft.metadata.StartMigration
             * @instance
             */
            StartMigration.prototype.sourceNodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartMigration targetNodeId.
             * @member {number} targetNodeId
             * @memberof ruvraft.metadata.StartMigration
             * @instance
             */
            StartMigration.prototype.targetNodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartMigration totalKeys.
             * @member {number} totalKeys
             * @memberof ruvraft.metadata.StartMigration
             * @instance
             */
            StartMigration.prototype.totalKeys = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StartMigration instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.StartMigration
             * @static
             * @param {ruvraft.metadata.StartMigration.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.StartMigration} StartMigration instance
             * @type {{
             *   (properties: ruvraft.metadata.StartMigration.$Shape): ruvraft.metadata.StartMigration & ruvraft.metadata.StartMigration.$Shape;
             *   (properties?: ruvraft.metadata.StartMigration.$Properties): ruvraft.metadata.StartMigration;
             * }}
             */
            StartMigration.create = function(properties) {
                return new StartMigration(properties);
            };

            /**
             * Encodes the specified StartMigration message. Does not implicitly {@link ruvraft.metadata.StartMigration.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.StartMigration
             * @static
             * @param {ruvraft.metadata.StartMigration.$Properties} message StartMigration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartMigration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.sourceNodeId != null && $Object.hasOwnProperty.call(message, "sourceNodeId") && (typeof message.sourceNodeId === "object" ? message.sourceNodeId.low || message.sourceNodeId.high : message.sourceNodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sourceNodeId);
                if (message.targetNodeId != null && $Object.hasOwnProperty.call(message, "targetNodeId") && (typeof message.targetNodeId === "object" ? message.targetNodeId.low || message.targetNodeId.high : message.targetNodeId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.targetNodeId);
                if (message.totalKeys != null && $Object.hasOwnProperty.call(message, "totalKeys") && (typeof message.totalKeys === "object" ? message.totalKeys.low || message.totalKeys.high : message.totalKeys !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.totalKeys);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StartMigration message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.StartMigration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.StartMigration & ruvraft.metadata.StartMigration.$Shape} StartMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartMigration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.StartMigration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sourceNodeId = value;
                            else
                                delete message.sourceNodeId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.targetNodeId = value;
                            else
                                delete message.targetNodeId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalKeys = value;
                            else
                                delete message.totalKeys;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for StartMigration
             * @function getTypeUrl
             * @memberof ruvraft.metadata.StartMigration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartMigration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.StartMigration";
            };

            return StartMigration;
        })();

        metadata.CompleteMigration = (function() {

            /**
             * Properties of a CompleteMigration.
             * @typedef {Object} ruvraft.metadata.CompleteMigration.$Properties
             * @property {string|null} [collection] CompleteMigration collection
             * @property {number|null} [shardId] CompleteMigration shardId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompleteMigration.
             * @memberof ruvraft.metadata
             * @interface ICompleteMigration
             * @augments ruvraft.metadata.CompleteMigration.$Properties
             * @deprecated Use ruvraft.metadata.CompleteMigration.$Properties instead.
             */

            /**
             * Shape of a CompleteMigration.
             * @typedef {ruvraft.metadata.CompleteMigration.$Properties} ruvraft.metadata.CompleteMigration.$Shape
             */

            /**
             * Constructs a new CompleteMigration.
             * @memberof ruvraft.metadata
             * @classdesc Represents a CompleteMigration.
             * @constructor
             * @param {ruvraft.metadata.CompleteMigration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompleteMigration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompleteMigration collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.CompleteMigration
             * @instance
             */
            CompleteMigration.prototype.collection = "";

            /**
             * CompleteMigration shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.CompleteMigration
             * @instance
             */
            CompleteMigration.prototype.shardId = 0;

            /**
             * Creates a new CompleteMigration instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.CompleteMigration
             * @static
             * @param {ruvraft.metadata.CompleteMigration.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.CompleteMigration} CompleteMigration instance
             * @type {{
             *   (properties: ruvraft.metadata.CompleteMigration.$Shape): ruvraft.metadata.CompleteMigration & ruvraft.metadata.CompleteMigration.$Shape;
             *   (properties?: ruvraft.metadata.CompleteMigration.$Properties): ruvraft.metadata.CompleteMigration;
             * }}
             */
            CompleteMigration.create = function(properties) {
                return new CompleteMigration(properties);
            };

            /**
             * Encodes the specified CompleteMigration message. Does not implicitly {@link ruvraft.metadata.CompleteMigration.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.CompleteMigration
             * @static
             * @param {ruvraft.metadata.CompleteMigration.$Properties} message CompleteMigration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteMigration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompleteMigration message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.CompleteMigration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CompleteMigration & ruvraft.metadata.CompleteMigration.$Shape} CompleteMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteMigration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.CompleteMigration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CompleteMigration
             * @function getTypeUrl
             * @memberof ruvraft.metadata.CompleteMigration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompleteMigration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.CompleteMigration";
            };

            return CompleteMigration;
        })();

        metadata.AbortMigration = (function() {

            /**
             * Properties of an AbortMigration.
             * @typedef {Object} ruvraft.metadata.AbortMigration.$Properties
             * @property {string|null} [collection] AbortMigration collection
             * @property {number|null} [shardId] AbortMigration shardId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AbortMigration.
             * @memberof ruvraft.metadata
             * @interface IAbortMigration
             * @augments ruvraft.metadata.AbortMigration.$Properties
             * @deprecated Use ruvraft.metadata.AbortMigration.$Properties instead.
             */

            /**
             * Shape of an AbortMigration.
             * @typedef {ruvraft.metadata.AbortMigration.$Properties} ruvraft.metadata.AbortMigration.$Shape
             */

            /**
             * Constructs a new AbortMigration.
             * @memberof ruvraft.metadata
             * @classdesc Represents an AbortMigration.
             * @constructor
             * @param {ruvraft.metadata.AbortMigration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AbortMigration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AbortMigration collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.AbortMigration
             * @instance
             */
            AbortMigration.prototype.collection = "";

            /**
             * AbortMigration shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.AbortMigration
             * @instance
             */
            AbortMigration.prototype.shardId = 0;

            /**
             * Creates a new AbortMigration instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.AbortMigration
             * @static
             * @param {ruvraft.metadata.AbortMigration.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.AbortMigration} AbortMigration instance
             * @type {{
             *   (properties: ruvraft.metadata.AbortMigration.$Shape): ruvraft.metadata.AbortMigration & ruvraft.metadata.AbortMigration.$Shape;
             *   (properties?: ruvraft.metadata.AbortMigration.$Properties): ruvraft.metadata.AbortMigration;
             * }}
             */
            AbortMigration.create = function(properties) {
                return new AbortMigration(properties);
            };

            /**
             * Encodes the specified AbortMigration message. Does not implicitly {@link ruvraft.metadata.AbortMigration.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.AbortMigration
             * @static
             * @param {ruvraft.metadata.AbortMigration.$Properties} message AbortMigration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AbortMigration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AbortMigration message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.AbortMigration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.AbortMigration & ruvraft.metadata.AbortMigration.$Shape} AbortMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AbortMigration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.AbortMigration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AbortMigration
             * @function getTypeUrl
             * @memberof ruvraft.metadata.AbortMigration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AbortMigration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.AbortMigration";
            };

            return AbortMigration;
        })();

        metadata.PromotePrimary = (function() {

            /**
             * Properties of a PromotePrimary.
             * @typedef {Object} ruvraft.metadata.PromotePrimary.$Properties
             * @property {string|null} [collection] PromotePrimary collection
             * @property {number|null} [shardId] PromotePrimary shardId
             * @property {number|null} [nodeId] PromotePrimary nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PromotePrimary.
             * @memberof ruvraft.metadata
             * @interface IPromotePrimary
             * @augments ruvraft.metadata.PromotePrimary.$Properties
             * @deprecated Use ruvraft.metadata.PromotePrimary.$Properties instead.
             */

            /**
             * Shape of a PromotePrimary.
             * @typedef {ruvraft.metadata.PromotePrimary.$Properties} ruvraft.metadata.PromotePrimary.$Shape
             */

            /**
             * Constructs a new PromotePrimary.
             * @memberof ruvraft.metadata
             * @classdesc Represents a PromotePrimary.
             * @constructor
             * @param {ruvraft.metadata.PromotePrimary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PromotePrimary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PromotePrimary collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.PromotePrimary
             * @instance
             */
            PromotePrimary.prototype.collection = "";

            /**
             * PromotePrimary shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.PromotePrimary
             * @instance
             */
            PromotePrimary.prototype.shardId = 0;

            /**
             * PromotePrimary nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.PromotePrimary
             * @instance
             */
            PromotePrimary.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PromotePrimary instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.PromotePrimary
             * @static
             * @param {ruvraft.metadata.PromotePrimary.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.PromotePrimary} PromotePrimary instance
             * @type {{
             *   (properties: ruvraft.metadata.PromotePrimary.$Shape): ruvraft.metadata.PromotePrimary & ruvraft.metadata.PromotePrimary.$Shape;
             *   (properties?: ruvraft.metadata.PromotePrimary.$Properties): ruvraft.metadata.PromotePrimary;
             * }}
             */
            PromotePrimary.create = function(properties) {
                return new PromotePrimary(properties);
            };

            /**
             * Encodes the specified PromotePrimary message. Does not implicitly {@link ruvraft.metadata.PromotePrimary.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.PromotePrimary
             * @static
             * @param {ruvraft.metadata.PromotePrimary.$Properties} message PromotePrimary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PromotePrimary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PromotePrimary message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.PromotePrimary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.PromotePrimary & ruvraft.metadata.PromotePrimary.$Shape} PromotePrimary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PromotePrimary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.PromotePrimary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PromotePrimary
             * @function getTypeUrl
             * @memberof ruvraft.metadata.PromotePrimary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PromotePrimary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.PromotePrimary";
            };

            return PromotePrimary;
        })();

        metadata.SetShardStatus = (function() {

            /**
             * Properties of a SetShardStatus.
             * @typedef {Object} ruvraft.metadata.SetShardStatus.$Properties
             * @property {string|null} [collection] SetShardStatus collection
             * @property {number|null} [shardId] SetShardStatus shardId
             * @property {ruvraft.metadata.ShardStatus|null} [status] SetShardStatus status
             * @property {Array.<number>|null} [holderNodeIds] SetShardStatus holderNodeIds
             * @property {Array.<number>|null} [holderSinceIndexes] SetShardStatus holderSinceIndexes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetShardStatus.
             * @memberof ruvraft.metadata
             * @interface ISetShardStatus
             * @augments ruvraft.metadata.SetShardStatus.$Properties
             * @deprecated Use ruvraft.metadata.SetShardStatus.$Properties instead.
             */

            /**
             * Shape of a SetShardStatus.
             * @typedef {ruvraft.metadata.SetShardStatus.$Properties} ruvraft.metadata.SetShardStatus.$Shape
             */

            /**
             * Constructs a new SetShardStatus.
             * @memberof ruvraft.metadata
             * @classdesc Represents a SetShardStatus.
             * @constructor
             * @param {ruvraft.metadata.SetShardStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetShardStatus = function (properties) {
                this.holderNodeIds = [];
                this.holderSinceIndexes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetShardStatus collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.SetShardStatus
             * @instance
             */
            SetShardStatus.prototype.collection = "";

            /**
             * SetShardStatus shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.SetShardStatus
             * @instance
             */
            SetShardStatus.prototype.shardId = 0;

            /**
             * SetShardStatus status.
             * @member {ruvraft.metadata.ShardStatus} status
             * @memberof ruvraft.metadata.SetShardStatus
             * @instance
             */
            SetShardStatus.prototype.status = 0;

            /**
             * SetShardStatus holderNodeIds.
             * @member {Array.<number>} holderNodeIds
             * @memberof ruvraft.metadata.SetShardStatus
             * @instance
             */
            SetShardStatus.prototype.holderNodeIds = $util.emptyArray;

            /**
             * SetShardStatus holderSinceIndexes.
             * @member {Array.<number>} holderSinceIndexes
             * @memberof ruvraft.metadata.SetShardStatus
             * @instance
             */
            SetShardStatus.prototype.holderSinceIndexes = $util.emptyArray;

            /**
             * Creates a new SetShardStatus instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.SetShardStatus
             * @static
             * @param {ruvraft.metadata.SetShardStatus.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.SetShardStatus} SetShardStatus instance
             * @type {{
             *   (properties: ruvraft.metadata.SetShardStatus.$Shape): ruvraft.metadata.SetShardStatus & ruvraft.metadata.SetShardStatus.$Shape;
             *   (properties?: ruvraft.metadata.SetShardStatus.$Properties): ruvraft.metadata.SetShardStatus;
             * }}
             */
            SetShardStatus.create = function(properties) {
                return new SetShardStatus(properties);
            };

            /**
             * Encodes the specified SetShardStatus message. Does not implicitly {@link ruvraft.metadata.SetShardStatus.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.SetShardStatus
             * @static
             * @param {ruvraft.metadata.SetShardStatus.$Properties} message SetShardStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetShardStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.holderNodeIds != null && message.holderNodeIds.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.holderNodeIds);
                if (message.holderSinceIndexes != null && message.holderSinceIndexes.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint64s(message.holderSinceIndexes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetShardStatus message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.SetShardStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.SetShardStatus & ruvraft.metadata.SetShardStatus.$Shape} SetShardStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetShardStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.SetShardStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.holderNodeIds && message.holderNodeIds.length))
                                    message.holderNodeIds = [];
                                reader.uint64s(message.holderNodeIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.holderNodeIds && message.holderNodeIds.length))
                                message.holderNodeIds = [];
                            message.holderNodeIds.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.holderSinceIndexes && message.holderSinceIndexes.length))
                                    message.holderSinceIndexes = [];
                                reader.uint64s(message.holderSinceIndexes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.holderSinceIndexes && message.holderSinceIndexes.length))
                                message.holderSinceIndexes = [];
                            message.holderSinceIndexes.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SetShardStatus
             * @function getTypeUrl
             * @memberof ruvraft.metadata.SetShardStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetShardStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.SetShardStatus";
            };

            return SetShardStatus;
        })();

        metadata.Rebalance = (function() {

            /**
             * Properties of a Rebalance.
             * @typedef {Object} ruvraft.metadata.Rebalance.$Properties
             * @property {string|null} [collection] Rebalance collection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rebalance.
             * @memberof ruvraft.metadata
             * @interface IRebalance
             * @augments ruvraft.metadata.Rebalance.$Properties
             * @deprecated Use ruvraft.metadata.Rebalance.$Properties instead.
             */

            /**
             * Shape of a Rebalance.
             * @typedef {ruvraft.metadata.Rebalance.$Properties} ruvraft.metadata.Rebalance.$Shape
             */

            /**
             * Constructs a new Rebalance.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Rebalance.
             * @constructor
             * @param {ruvraft.metadata.Rebalance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rebalance = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Rebalance collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.Rebalance
             * @instance
             */
            Rebalance.prototype.collection = "";

            /**
             * Creates a new Rebalance instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Rebalance
             * @static
             * @param {ruvraft.metadata.Rebalance.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Rebalance} Rebalance instance
             * @type {{
             *   (properties: ruvraft.metadata.Rebalance.$Shape): ruvraft.metadata.Rebalance & ruvraft.metadata.Rebalance.$Shape;
             *   (properties?: ruvraft.metadata.Rebalance.$Properties): ruvraft.metadata.Rebalance;
             * }}
             */
            Rebalance.create = function(properties) {
                return new Rebalance(properties);
            };

            /**
             * Encodes the specified Rebalance message. Does not implicitly {@link ruvraft.metadata.Rebalance.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Rebalance
             * @static
             * @param {ruvraft.metadata.Rebalance.$Properties} message Rebalance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rebalance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Rebalance message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Rebalance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Rebalance & ruvraft.metadata.Rebalance.$Shape} Rebalance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rebalance.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Rebalance();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Rebalance
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Rebalance
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rebalance.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Rebalance";
            };

            return Rebalance;
        })();

        metadata.DrainNode = (function() {

            /**
             * Properties of a DrainNode.
             * @typedef {Object} ruvraft.metadata.DrainNode.$Properties
             * @property {number|null} [nodeId] DrainNode nodeId
             * @property {boolean|null} [draining] DrainNode draining
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DrainNode.
             * @memberof ruvraft.metadata
             * @interface IDrainNode
             * @augments ruvraft.metadata.DrainNode.$Properties
             * @deprecated Use ruvraft.metadata.DrainNode.$Properties instead.
             */

            /**
             * Shape of a DrainNode.
             * @typedef {ruvraft.metadata.DrainNode.$Properties} ruvraft.metadata.DrainNode.$Shape
             */

            /**
             * Constructs a new DrainNode.
             * @memberof ruvraft.metadata
             * @classdesc Represents a DrainNode.
             * @constructor
             * @param {ruvraft.metadata.DrainNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DrainNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DrainNode nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.DrainNode
             * @instance
             */
            DrainNode.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DrainNode draining.
             * @member {boolean} draining
             * @memberof ruvraft.metadata.DrainNode
             * @instance
             */
            DrainNode.prototype.draining = false;

            /**
             * Creates a new DrainNode instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.DrainNode
             * @static
             * @param {ruvraft.metadata.DrainNode.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.DrainNode} DrainNode instance
             * @type {{
             *   (properties: ruvraft.metadata.DrainNode.$Shape): ruvraft.metadata.DrainNode & ruvraft.metadata.DrainNode.$Shape;
             *   (properties?: ruvraft.metadata.DrainNode.$Properties): ruvraft.metadata.DrainNode;
             * }}
             */
            DrainNode.create = function(properties) {
                return new DrainNode(properties);
            };

            /**
             * Encodes the specified DrainNode message. Does not implicitly {@link ruvraft.metadata.DrainNode.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.DrainNode
             * @static
             * @param {ruvraft.metadata.DrainNode.$Properties} message DrainNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining") && message.draining !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.draining);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DrainNode message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.DrainNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.DrainNode & ruvraft.metadata.DrainNode.$Shape} DrainNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.DrainNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.draining = value;
                            else
                                delete message.draining;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DrainNode
             * @function getTypeUrl
             * @memberof ruvraft.metadata.DrainNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DrainNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.DrainNode";
            };

            return DrainNode;
        })();

        metadata.ReportShardStats = (function() {

            /**
             * Properties of a ReportShardStats.
             * @typedef {Object} ruvraft.metadata.ReportShardStats.$Properties
             * @property {number|null} [nodeId] ReportShardStats nodeId
             * @property {Array.<ruvraft.metadata.ShardStatsEntry.$Properties>|null} [shards] ReportShardStats shards
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReportShardStats.
             * @memberof ruvraft.metadata
             * @interface IReportShardStats
             * @augments ruvraft.metadata.ReportShardStats.$Properties
             * @deprecated Use ruvraft.metadata.ReportShardStats.$Properties instead.
             */

            /**
             * Shape of a ReportShardStats.
             * @typedef {ruvraft.metadata.ReportShardStats.$Properties} ruvraft.metadata.ReportShardStats.$Shape
             */

            /**
             * Constructs a new ReportShardStats.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ReportShardStats.
             * @constructor
             * @param {ruvraft.metadata.ReportShardStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReportShardStats = function (properties) {
                this.shards = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReportShardStats nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.ReportShardStats
             * @instance
             */
            ReportShardStats.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReportShardStats shards.
             * @member {Array.<ruvraft.metadata.ShardStatsEntry.$Properties>} shards
             * @memberof ruvraft.metadata.ReportShardStats
             * @instance
             */
            ReportShardStats.prototype.shards = $util.emptyArray;

            /**
             * Creates a new ReportShardStats instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ReportShardStats
             * @static
             * @param {ruvraft.metadata.ReportShardStats.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ReportShardStats} ReportShardStats instance
             * @type {{
             *   (properties: ruvraft.metadata.ReportShardStats.$Shape): ruvraft.metadata.ReportShardStats & ruvraft.metadata.ReportShardStats.$Shape;
             *   (properties?: ruvraft.metadata.ReportShardStats.$Properties): ruvraft.metadata.ReportShardStats;
             * }}
             */
            ReportShardStats.create = function(properties) {
                return new ReportShardStats(properties);
            };

            /**
             * Encodes the specified ReportShardStats message. Does not implicitly {@link ruvraft.metadata.ReportShardStats.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ReportShardStats
             * @static
             * @param {ruvraft.metadata.ReportShardStats.$Properties} message ReportShardStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportShardStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.shards != null && message.shards.length)
                    for (let i = 0; i < message.shards.length; ++i)
                        $root.ruvraft.metadata.ShardStatsEntry.encode(message.shards[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReportShardStats message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ReportShardStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ReportShardStats & ruvraft.metadata.ReportShardStats.$Shape} ReportShardStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportShardStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ReportShardStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shards && message.shards.length))
                                message.shards = [];
                            message.shards.push($root.ruvraft.metadata.ShardStatsEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ReportShardStats
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ReportShardStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReportShardStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ReportShardStats";
            };

            return ReportShardStats;
        })();

        metadata.ShardStatsEntry = (function() {

            /**
             * Properties of a ShardStatsEntry.
             * @typedef {Object} ruvraft.metadata.ShardStatsEntry.$Properties
             * @property {string|null} [collection] ShardStatsEntry collection
             * @property {number|null} [shardId] ShardStatsEntry shardId
             * @property {number|null} [vectorCount] ShardStatsEntry vectorCount
             * @property {number|null} [bytes] ShardStatsEntry bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardStatsEntry.
             * @memberof ruvraft.metadata
             * @interface IShardStatsEntry
             * @augments ruvraft.metadata.ShardStatsEntry.$Properties
             * @deprecated Use ruvraft.metadata.ShardStatsEntry.$Properties instead.
             */

            /**
             * Shape of a ShardStatsEntry.
             * @typedef {ruvraft.metadata.ShardStatsEntry.$Properties} ruvraft.metadata.ShardStatsEntry.$Shape
             */

            /**
             * Constructs a new ShardStatsEntry.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ShardStatsEntry.
             * @constructor
             * @param {ruvraft.metadata.ShardStatsEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardStatsEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardStatsEntry collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @instance
             */
            ShardStatsEntry.prototype.collection = "";

            /**
             * ShardStatsEntry shardId.
             * @member {number} shardId
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @instance
             */
            ShardStatsEntry.prototype.shardId = 0;

            /**
             * ShardStatsEntry vectorCount.
             * @member {number} vectorCount
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @instance
             */
            ShardStatsEntry.prototype.vectorCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardStatsEntry bytes.
             * @member {number} bytes
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @instance
             */
            ShardStatsEntry.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShardStatsEntry instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @static
             * @param {ruvraft.metadata.ShardStatsEntry.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ShardStatsEntry} ShardStatsEntry instance
             * @type {{
             *   (properties: ruvraft.metadata.ShardStatsEntry.$Shape): ruvraft.metadata.ShardStatsEntry & ruvraft.metadata.ShardStatsEntry.$Shape;
             *   (properties?: ruvraft.metadata.ShardStatsEntry.$Properties): ruvraft.metadata.ShardStatsEntry;
             * }}
             */
            ShardStatsEntry.create = function(properties) {
                return new ShardStatsEntry(properties);
            };

            /**
             * Encodes the specified ShardStatsEntry message. Does not implicitly {@link ruvraft.metadata.ShardStatsEntry.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @static
             * @param {ruvraft.metadata.ShardStatsEntry.$Properties} message ShardStatsEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardStatsEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shardId);
                if (message.vectorCount != null && $Object.hasOwnProperty.call(message, "vectorCount") && (typeof message.vectorCount === "object" ? message.vectorCount.low || message.vectorCount.high : message.vectorCount !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.vectorCount);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardStatsEntry message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardStatsEntry & ruvraft.metadata.ShardStatsEntry.$Shape} ShardStatsEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardStatsEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ShardStatsEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vectorCount = value;
                            else
                                delete message.vectorCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShardStatsEntry
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ShardStatsEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardStatsEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ShardStatsEntry";
            };

            return ShardStatsEntry;
        })();

        metadata.UpdateNodeAddress = (function() {

            /**
             * Properties of an UpdateNodeAddress.
             * @typedef {Object} ruvraft.metadata.UpdateNodeAddress.$Properties
             * @property {number|null} [nodeId] UpdateNodeAddress nodeId
             * @property {string|null} [address] UpdateNodeAddress address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateNodeAddress.
             * @memberof ruvraft.metadata
             * @interface IUpdateNodeAddress
             * @augments ruvraft.metadata.UpdateNodeAddress.$Properties
             * @deprecated Use ruvraft.metadata.UpdateNodeAddress.$Properties instead.
             */

            /**
             * Shape of an UpdateNodeAddress.
             * @typedef {ruvraft.metadata.UpdateNodeAddress.$Properties} ruvraft.metadata.UpdateNodeAddress.$Shape
             */

            /**
             * Constructs a new UpdateNodeAddress.
             * @memberof ruvraft.metadata
             * @classdesc Represents an UpdateNodeAddress.
             * @constructor
             * @param {ruvraft.metadata.UpdateNodeAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateNodeAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateNodeAddress nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.UpdateNodeAddress
             * @instance
             */
            UpdateNodeAddress.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateNodeAddress address.
             * @member {string} address
             * @memberof ruvraft.metadata.UpdateNodeAddress
             * @instance
             */
            UpdateNodeAddress.prototype.address = "";

            /**
             * Creates a new UpdateNodeAddress instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.UpdateNodeAddress
             * @static
             * @param {ruvraft.metadata.UpdateNodeAddress.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.UpdateNodeAddress} UpdateNodeAddress instance
             * @type {{
             *   (properties: ruvraft.metadata.UpdateNodeAddress.$Shape): ruvraft.metadata.UpdateNodeAddress & ruvraft.metadata.UpdateNodeAddress.$Shape;
             *   (properties?: ruvraft.metadata.UpdateNodeAddress.$Properties): ruvraft.metadata.UpdateNodeAddress;
             * }}
             */
            UpdateNodeAddress.create = function(properties) {
                return new UpdateNodeAddress(properties);
            };

            /**
             * Encodes the specified UpdateNodeAddress message. Does not implicitly {@link ruvraft.metadata.UpdateNodeAddress.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.UpdateNodeAddress
             * @static
             * @param {ruvraft.metadata.UpdateNodeAddress.$Properties} message UpdateNodeAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateNodeAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateNodeAddress message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.UpdateNodeAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.UpdateNodeAddress & ruvraft.metadata.UpdateNodeAddress.$Shape} UpdateNodeAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateNodeAddress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.UpdateNodeAddress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UpdateNodeAddress
             * @function getTypeUrl
             * @memberof ruvraft.metadata.UpdateNodeAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateNodeAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.UpdateNodeAddress";
            };

            return UpdateNodeAddress;
        })();

        metadata.MetadataQuery = (function() {

            /**
             * Properties of a MetadataQuery.
             * @typedef {Object} ruvraft.metadata.MetadataQuery.$Properties
             * @property {ruvraft.metadata.ListCollections.$Properties|null} [listCollections] MetadataQuery listCollections
             * @property {ruvraft.metadata.GetCollection.$Properties|null} [getCollection] MetadataQuery getCollection
             * @property {ruvraft.metadata.ResolveAlias.$Properties|null} [resolveAlias] MetadataQuery resolveAlias
             * @property {ruvraft.metadata.ListAliases.$Properties|null} [listAliases] MetadataQuery listAliases
             * @property {ruvraft.metadata.ShardsOfCollection.$Properties|null} [shardsOfCollection] MetadataQuery shardsOfCollection
             * @property {ruvraft.metadata.ShardsOnNode.$Properties|null} [shardsOnNode] MetadataQuery shardsOnNode
             * @property {ruvraft.metadata.ListNodes.$Properties|null} [listNodes] MetadataQuery listNodes
             * @property {ruvraft.metadata.GetSettings.$Properties|null} [getSettings] MetadataQuery getSettings
             * @property {ruvraft.metadata.Watch.$Properties|null} [watch] MetadataQuery watch
             * @property {"listCollections"|"getCollection"|"resolveAlias"|"listAliases"|"shardsOfCollection"|"shardsOnNode"|"listNodes"|"getSettings"|"watch"} [query] MetadataQuery query
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataQuery.
             * @memberof ruvraft.metadata
             * @interface IMetadataQuery
             * @augments ruvraft.metadata.MetadataQuery.$Properties
             * @deprecated Use ruvraft.metadata.MetadataQuery.$Properties instead.
             */

            /**
             * Narrowed shape of a MetadataQuery.
             * @typedef {{
             *   listCollections?: ruvraft.metadata.ListCollections.$Shape|null;
             *   getCollection?: ruvraft.metadata.GetCollection.$Shape|null;
             *   resolveAlias?: ruvraft.metadata.ResolveAlias.$Shape|null;
             *   listAliases?: ruvraft.metadata.ListAliases.$Shape|null;
             *   shardsOfCollection?: ruvraft.metadata.ShardsOfCollection.$Shape|null;
             *   shardsOnNode?: ruvraft.metadata.ShardsOnNode.$Shape|null;
             *   listNodes?: ruvraft.metadata.ListNodes.$Shape|null;
             *   getSettings?: ruvraft.metadata.GetSettings.$Shape|null;
             *   watch?: ruvraft.metadata.Watch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ query?: undefined; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "listCollections"; listCollections: ruvraft.metadata.ListCollections.$Shape; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "getCollection"; listCollections?: null; getCollection: ruvraft.metadata.GetCollection.$Shape; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "resolveAlias"; listCollections?: null; getCollection?: null; resolveAlias: ruvraft.metadata.ResolveAlias.$Shape; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "listAliases"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases: ruvraft.metadata.ListAliases.$Shape; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "shardsOfCollection"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection: ruvraft.metadata.ShardsOfCollection.$Shape; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "shardsOnNode"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode: ruvraft.metadata.ShardsOnNode.$Shape; listNodes?: null; getSettings?: null; watch?: null }|{ query?: "listNodes"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes: ruvraft.metadata.ListNodes.$Shape; getSettings?: null; watch?: null }|{ query?: "getSettings"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings: ruvraft.metadata.GetSettings.$Shape; watch?: null }|{ query?: "watch"; listCollections?: null; getCollection?: null; resolveAlias?: null; listAliases?: null; shardsOfCollection?: null; shardsOnNode?: null; listNodes?: null; getSettings?: null; watch: ruvraft.metadata.Watch.$Shape })
             * )} ruvraft.metadata.MetadataQuery.$Shape
             */

            /**
             * Constructs a new MetadataQuery.
             * @memberof ruvraft.metadata
             * @classdesc Represents a MetadataQuery.
             * @constructor
             * @param {ruvraft.metadata.MetadataQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataQuery listCollections.
             * @member {ruvraft.metadata.ListCollections.$Properties|null|undefined} listCollections
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.listCollections = null;

            /**
             * MetadataQuery getCollection.
             * @member {ruvraft.metadata.GetCollection.$Properties|null|undefined} getCollection
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.getCollection = null;

            /**
             * MetadataQuery resolveAlias.
             * @member {ruvraft.metadata.ResolveAlias.$Properties|null|undefined} resolveAlias
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.resolveAlias = null;

            /**
             * MetadataQuery listAliases.
             * @member {ruvraft.metadata.ListAliases.$Properties|null|undefined} listAliases
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.listAliases = null;

            /**
             * MetadataQuery shardsOfCollection.
             * @member {ruvraft.metadata.ShardsOfCollection.$Properties|null|undefined} shardsOfCollection
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.shardsOfCollection = null;

            /**
             * MetadataQuery shardsOnNode.
             * @member {ruvraft.metadata.ShardsOnNode.$Properties|null|undefined} shardsOnNode
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.shardsOnNode = null;

            /**
             * MetadataQuery listNodes.
             * @member {ruvraft.metadata.ListNodes.$Properties|null|undefined} listNodes
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.listNodes = null;

            /**
             * MetadataQuery getSettings.
             * @member {ruvraft.metadata.GetSettings.$Properties|null|undefined} getSettings
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.getSettings = null;

            /**
             * MetadataQuery watch.
             * @member {ruvraft.metadata.Watch.$Properties|null|undefined} watch
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            MetadataQuery.prototype.watch = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MetadataQuery query.
             * @member {"listCollections"|"getCollection"|"resolveAlias"|"listAliases"|"shardsOfCollection"|"shardsOnNode"|"listNodes"|"getSettings"|"watch"|undefined} query
             * @memberof ruvraft.metadata.MetadataQuery
             * @instance
             */
            $Object.defineProperty(MetadataQuery.prototype, "query", {
                get: $util.oneOfGetter($oneOfFields = ["listCollections", "getCollection", "resolveAlias", "listAliases", "shardsOfCollection", "shardsOnNode", "listNodes", "getSettings", "watch"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MetadataQuery instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.MetadataQuery
             * @static
             * @param {ruvraft.metadata.MetadataQuery.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.MetadataQuery} MetadataQuery instance
             * @type {{
             *   (properties: ruvraft.metadata.MetadataQuery.$Shape): ruvraft.metadata.MetadataQuery & ruvraft.metadata.MetadataQuery.$Shape;
             *   (properties?: ruvraft.metadata.MetadataQuery.$Properties): ruvraft.metadata.MetadataQuery;
             * }}
             */
            MetadataQuery.create = function(properties) {
                return new MetadataQuery(properties);
            };

            /**
             * Encodes the specified MetadataQuery message. Does not implicitly {@link ruvraft.metadata.MetadataQuery.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.MetadataQuery
             * @static
             * @param {ruvraft.metadata.MetadataQuery.$Properties} message MetadataQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.listCollections != null && $Object.hasOwnProperty.call(message, "listCollections"))
                    $root.ruvraft.metadata.ListCollections.encode(message.listCollections, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.getCollection != null && $Object.hasOwnProperty.call(message, "getCollection"))
                    $root.ruvraft.metadata.GetCollection.encode(message.getCollection, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.resolveAlias != null && $Object.hasOwnProperty.call(message, "resolveAlias"))
                    $root.ruvraft.metadata.ResolveAlias.encode(message.resolveAlias, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.listAliases != null && $Object.hasOwnProperty.call(message, "listAliases"))
                    $root.ruvraft.metadata.ListAliases.encode(message.listAliases, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.shardsOfCollection != null && $Object.hasOwnProperty.call(message, "shardsOfCollection"))
                    $root.ruvraft.metadata.ShardsOfCollection.encode(message.shardsOfCollection, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.shardsOnNode != null && $Object.hasOwnProperty.call(message, "shardsOnNode"))
                    $root.ruvraft.metadata.ShardsOnNode.encode(message.shardsOnNode, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.listNodes != null && $Object.hasOwnProperty.call(message, "listNodes"))
                    $root.ruvraft.metadata.ListNodes.encode(message.listNodes, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.getSettings != null && $Object.hasOwnProperty.call(message, "getSettings"))
                    $root.ruvraft.metadata.GetSettings.encode(message.getSettings, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch"))
                    $root.ruvraft.metadata.Watch.encode(message.watch, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.MetadataQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataQuery & ruvraft.metadata.MetadataQuery.$Shape} MetadataQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.MetadataQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.listCollections = $root.ruvraft.metadata.ListCollections.decode(reader, reader.size(), $undefined, _depth + 1, message.listCollections);
                            message.query = "listCollections";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.getCollection = $root.ruvraft.metadata.GetCollection.decode(reader, reader.size(), $undefined, _depth + 1, message.getCollection);
                            message.query = "getCollection";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.resolveAlias = $root.ruvraft.metadata.ResolveAlias.decode(reader, reader.size(), $undefined, _depth + 1, message.resolveAlias);
                            message.query = "resolveAlias";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.listAliases = $root.ruvraft.metadata.ListAliases.decode(reader, reader.size(), $undefined, _depth + 1, message.listAliases);
                            message.query = "listAliases";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.shardsOfCollection = $root.ruvraft.metadata.ShardsOfCollection.decode(reader, reader.size(), $undefined, _depth + 1, message.shardsOfCollection);
                            message.query = "shardsOfCollection";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.shardsOnNode = $root.ruvraft.metadata.ShardsOnNode.decode(reader, reader.size(), $undefined, _depth + 1, message.shardsOnNode);
                            message.query = "shardsOnNode";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.listNodes = $root.ruvraft.metadata.ListNodes.decode(reader, reader.size(), $undefined, _depth + 1, message.listNodes);
                            message.query = "listNodes";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.getSettings = $root.ruvraft.metadata.GetSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.getSettings);
                            message.query = "getSettings";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.watch = $root.ruvraft.metadata.Watch.decode(reader, reader.size(), $undefined, _depth + 1, message.watch);
                            message.query = "watch";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MetadataQuery
             * @function getTypeUrl
             * @memberof ruvraft.metadata.MetadataQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetadataQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.MetadataQuery";
            };

            return MetadataQuery;
        })();

        metadata.ListCollections = (function() {

            /**
             * Properties of a ListCollections.
             * @typedef {Object} ruvraft.metadata.ListCollections.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListCollections.
             * @memberof ruvraft.metadata
             * @interface IListCollections
             * @augments ruvraft.metadata.ListCollections.$Properties
             * @deprecated Use ruvraft.metadata.ListCollections.$Properties instead.
             */

            /**
             * Shape of a ListCollections.
             * @typedef {ruvraft.metadata.ListCollections.$Properties} ruvraft.metadata.ListCollections.$Shape
             */

            /**
             * Constructs a new ListCollections.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ListCollections.
             * @constructor
             * @param {ruvraft.metadata.ListCollections.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListCollections = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListCollections instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ListCollections
             * @static
             * @param {ruvraft.metadata.ListCollections.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ListCollections} ListCollections instance
             * @type {{
             *   (properties: ruvraft.metadata.ListCollections.$Shape): ruvraft.metadata.ListCollections & ruvraft.metadata.ListCollections.$Shape;
             *   (properties?: ruvraft.metadata.ListCollections.$Properties): ruvraft.metadata.ListCollections;
             * }}
             */
            ListCollections.create = function(properties) {
                return new ListCollections(properties);
            };

            /**
             * Encodes the specified ListCollections message. Does not implicitly {@link ruvraft.metadata.ListCollections.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ListCollections
             * @static
             * @param {ruvraft.metadata.ListCollections.$Properties} message ListCollections message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListCollections.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListCollections message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ListCollections
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ListCollections & ruvraft.metadata.ListCollections.$Shape} ListCollections
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListCollections.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ListCollections();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListCollections
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ListCollections
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListCollections.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ListCollections";
            };

            return ListCollections;
        })();

        metadata.GetCollection = (function() {

            /**
             * Properties of a GetCollection.
             * @typedef {Object} ruvraft.metadata.GetCollection.$Properties
             * @property {string|null} [name] GetCollection name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetCollection.
             * @memberof ruvraft.metadata
             * @interface IGetCollection
             * @augments ruvraft.metadata.GetCollection.$Properties
             * @deprecated Use ruvraft.metadata.GetCollection.$Properties instead.
             */

            /**
             * Shape of a GetCollection.
             * @typedef {ruvraft.metadata.GetCollection.$Properties} ruvraft.metadata.GetCollection.$Shape
             */

            /**
             * Constructs a new GetCollection.
             * @memberof ruvraft.metadata
             * @classdesc Represents a GetCollection.
             * @constructor
             * @param {ruvraft.metadata.GetCollection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetCollection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetCollection name.
             * @member {string} name
             * @memberof ruvraft.metadata.GetCollection
             * @instance
             */
            GetCollection.prototype.name = "";

            /**
             * Creates a new GetCollection instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.GetCollection
             * @static
             * @param {ruvraft.metadata.GetCollection.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.GetCollection} GetCollection instance
             * @type {{
             *   (properties: ruvraft.metadata.GetCollection.$Shape): ruvraft.metadata.GetCollection & ruvraft.metadata.GetCollection.$Shape;
             *   (properties?: ruvraft.metadata.GetCollection.$Properties): ruvraft.metadata.GetCollection;
             * }}
             */
            GetCollection.create = function(properties) {
                return new GetCollection(properties);
            };

            /**
             * Encodes the specified GetCollection message. Does not implicitly {@link ruvraft.metadata.GetCollection.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.GetCollection
             * @static
             * @param {ruvraft.metadata.GetCollection.$Properties} message GetCollection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetCollection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetCollection message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.GetCollection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.GetCollection & ruvraft.metadata.GetCollection.$Shape} GetCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetCollection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.GetCollection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GetCollection
             * @function getTypeUrl
             * @memberof ruvraft.metadata.GetCollection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetCollection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.GetCollection";
            };

            return GetCollection;
        })();

        metadata.ResolveAlias = (function() {

            /**
             * Properties of a ResolveAlias.
             * @typedef {Object} ruvraft.metadata.ResolveAlias.$Properties
             * @property {string|null} [alias] ResolveAlias alias
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResolveAlias.
             * @memberof ruvraft.metadata
             * @interface IResolveAlias
             * @augments ruvraft.metadata.ResolveAlias.$Properties
             * @deprecated Use ruvraft.metadata.ResolveAlias.$Properties instead.
             */

            /**
             * Shape of a ResolveAlias.
             * @typedef {ruvraft.metadata.ResolveAlias.$Properties} ruvraft.metadata.ResolveAlias.$Shape
             */

            /**
             * Constructs a new ResolveAlias.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ResolveAlias.
             * @constructor
             * @param {ruvraft.metadata.ResolveAlias.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResolveAlias = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResolveAlias alias.
             * @member {string} alias
             * @memberof ruvraft.metadata.ResolveAlias
             * @instance
             */
            ResolveAlias.prototype.alias = "";

            /**
             * Creates a new ResolveAlias instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ResolveAlias
             * @static
             * @param {ruvraft.metadata.ResolveAlias.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ResolveAlias} ResolveAlias instance
             * @type {{
             *   (properties: ruvraft.metadata.ResolveAlias.$Shape): ruvraft.metadata.ResolveAlias & ruvraft.metadata.ResolveAlias.$Shape;
             *   (properties?: ruvraft.metadata.ResolveAlias.$Properties): ruvraft.metadata.ResolveAlias;
             * }}
             */
            ResolveAlias.create = function(properties) {
                return new ResolveAlias(properties);
            };

            /**
             * Encodes the specified ResolveAlias message. Does not implicitly {@link ruvraft.metadata.ResolveAlias.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ResolveAlias
             * @static
             * @param {ruvraft.metadata.ResolveAlias.$Properties} message ResolveAlias message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResolveAlias.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alias != null && $Object.hasOwnProperty.call(message, "alias") && message.alias !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alias);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResolveAlias message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ResolveAlias
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ResolveAlias & ruvraft.metadata.ResolveAlias.$Shape} ResolveAlias
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResolveAlias.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ResolveAlias();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alias = value;
                            else
                                delete message.alias;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ResolveAlias
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ResolveAlias
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResolveAlias.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ResolveAlias";
            };

            return ResolveAlias;
        })();

        metadata.ListAliases = (function() {

            /**
             * Properties of a ListAliases.
             * @typedef {Object} ruvraft.metadata.ListAliases.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListAliases.
             * @memberof ruvraft.metadata
             * @interface IListAliases
             * @augments ruvraft.metadata.ListAliases.$Properties
             * @deprecated Use ruvraft.metadata.ListAliases.$Properties instead.
             */

            /**
             * Shape of a ListAliases.
             * @typedef {ruvraft.metadata.ListAliases.$Properties} ruvraft.metadata.ListAliases.$Shape
             */

            /**
             * Constructs a new ListAliases.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ListAliases.
             * @constructor
             * @param {ruvraft.metadata.ListAliases.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListAliases = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListAliases instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ListAliases
             * @static
             * @param {ruvraft.metadata.ListAliases.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ListAliases} ListAliases instance
             * @type {{
             *   (properties: ruvraft.metadata.ListAliases.$Shape): ruvraft.metadata.ListAliases & ruvraft.metadata.ListAliases.$Shape;
             *   (properties?: ruvraft.metadata.ListAliases.$Properties): ruvraft.metadata.ListAliases;
             * }}
             */
            ListAliases.create = function(properties) {
                return new ListAliases(properties);
            };

            /**
             * Encodes the specified ListAliases message. Does not implicitly {@link ruvraft.metadata.ListAliases.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ListAliases
             * @static
             * @param {ruvraft.metadata.ListAliases.$Properties} message ListAliases message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAliases.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListAliases message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ListAliases
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ListAliases & ruvraft.metadata.ListAliases.$Shape} ListAliases
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAliases.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ListAliases();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListAliases
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ListAliases
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListAliases.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ListAliases";
            };

            return ListAliases;
        })();

        metadata.ShardsOfCollection = (function() {

            /**
             * Properties of a ShardsOfCollection.
             * @typedef {Object} ruvraft.metadata.ShardsOfCollection.$Properties
             * @property {string|null} [collection] ShardsOfCollection collection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardsOfCollection.
             * @memberof ruvraft.metadata
             * @interface IShardsOfCollection
             * @augments ruvraft.metadata.ShardsOfCollection.$Properties
             * @deprecated Use ruvraft.metadata.ShardsOfCollection.$Properties instead.
             */

            /**
             * Shape of a ShardsOfCollection.
             * @typedef {ruvraft.metadata.ShardsOfCollection.$Properties} ruvraft.metadata.ShardsOfCollection.$Shape
             */

            /**
             * Constructs a new ShardsOfCollection.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ShardsOfCollection.
             * @constructor
             * @param {ruvraft.metadata.ShardsOfCollection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardsOfCollection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardsOfCollection collection.
             * @member {string} collection
             * @memberof ruvraft.metadata.ShardsOfCollection
             * @instance
             */
            ShardsOfCollection.prototype.collection = "";

            /**
             * Creates a new ShardsOfCollection instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ShardsOfCollection
             * @static
             * @param {ruvraft.metadata.ShardsOfCollection.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ShardsOfCollection} ShardsOfCollection instance
             * @type {{
             *   (properties: ruvraft.metadata.ShardsOfCollection.$Shape): ruvraft.metadata.ShardsOfCollection & ruvraft.metadata.ShardsOfCollection.$Shape;
             *   (properties?: ruvraft.metadata.ShardsOfCollection.$Properties): ruvraft.metadata.ShardsOfCollection;
             * }}
             */
            ShardsOfCollection.create = function(properties) {
                return new ShardsOfCollection(properties);
            };

            /**
             * Encodes the specified ShardsOfCollection message. Does not implicitly {@link ruvraft.metadata.ShardsOfCollection.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ShardsOfCollection
             * @static
             * @param {ruvraft.metadata.ShardsOfCollection.$Properties} message ShardsOfCollection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardsOfCollection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardsOfCollection message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ShardsOfCollection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardsOfCollection & ruvraft.metadata.ShardsOfCollection.$Shape} ShardsOfCollection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardsOfCollection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ShardsOfCollection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collection = value;
                            else
                                delete message.collection;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShardsOfCollection
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ShardsOfCollection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardsOfCollection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ShardsOfCollection";
            };

            return ShardsOfCollection;
        })();

        metadata.ShardsOnNode = (function() {

            /**
             * Properties of a ShardsOnNode.
             * @typedef {Object} ruvraft.metadata.ShardsOnNode.$Properties
             * @property {number|null} [nodeId] ShardsOnNode nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardsOnNode.
             * @memberof ruvraft.metadata
             * @interface IShardsOnNode
             * @augments ruvraft.metadata.ShardsOnNode.$Properties
             * @deprecated Use ruvraft.metadata.ShardsOnNode.$Properties instead.
             */

            /**
             * Shape of a ShardsOnNode.
             * @typedef {ruvraft.metadata.ShardsOnNode.$Properties} ruvraft.metadata.ShardsOnNode.$Shape
             */

            /**
             * Constructs a new ShardsOnNode.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ShardsOnNode.
             * @constructor
             * @param {ruvraft.metadata.ShardsOnNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardsOnNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardsOnNode nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.metadata.ShardsOnNode
             * @instance
             */
            ShardsOnNode.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShardsOnNode instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ShardsOnNode
             * @static
             * @param {ruvraft.metadata.ShardsOnNode.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ShardsOnNode} ShardsOnNode instance
             * @type {{
             *   (properties: ruvraft.metadata.ShardsOnNode.$Shape): ruvraft.metadata.ShardsOnNode & ruvraft.metadata.ShardsOnNode.$Shape;
             *   (properties?: ruvraft.metadata.ShardsOnNode.$Properties): ruvraft.metadata.ShardsOnNode;
             * }}
             */
            ShardsOnNode.create = function(properties) {
                return new ShardsOnNode(properties);
            };

            /**
             * Encodes the specified ShardsOnNode message. Does not implicitly {@link ruvraft.metadata.ShardsOnNode.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ShardsOnNode
             * @static
             * @param {ruvraft.metadata.ShardsOnNode.$Properties} message ShardsOnNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardsOnNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardsOnNode message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ShardsOnNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardsOnNode & ruvraft.metadata.ShardsOnNode.$Shape} ShardsOnNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardsOnNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ShardsOnNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShardsOnNode
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ShardsOnNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardsOnNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ShardsOnNode";
            };

            return ShardsOnNode;
        })();

        metadata.ListNodes = (function() {

            /**
             * Properties of a ListNodes.
             * @typedef {Object} ruvraft.metadata.ListNodes.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListNodes.
             * @memberof ruvraft.metadata
             * @interface IListNodes
             * @augments ruvraft.metadata.ListNodes.$Properties
             * @deprecated Use ruvraft.metadata.ListNodes.$Properties instead.
             */

            /**
             * Shape of a ListNodes.
             * @typedef {ruvraft.metadata.ListNodes.$Properties} ruvraft.metadata.ListNodes.$Shape
             */

            /**
             * Constructs a new ListNodes.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ListNodes.
             * @constructor
             * @param {ruvraft.metadata.ListNodes.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListNodes = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListNodes instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ListNodes
             * @static
             * @param {ruvraft.metadata.ListNodes.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ListNodes} ListNodes instance
             * @type {{
             *   (properties: ruvraft.metadata.ListNodes.$Shape): ruvraft.metadata.ListNodes & ruvraft.metadata.ListNodes.$Shape;
             *   (properties?: ruvraft.metadata.ListNodes.$Properties): ruvraft.metadata.ListNodes;
             * }}
             */
            ListNodes.create = function(properties) {
                return new ListNodes(properties);
            };

            /**
             * Encodes the specified ListNodes message. Does not implicitly {@link ruvraft.metadata.ListNodes.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ListNodes
             * @static
             * @param {ruvraft.metadata.ListNodes.$Properties} message ListNodes message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListNodes.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListNodes message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ListNodes
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ListNodes & ruvraft.metadata.ListNodes.$Shape} ListNodes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListNodes.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ListNodes();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListNodes
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ListNodes
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListNodes.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ListNodes";
            };

            return ListNodes;
        })();

        metadata.GetSettings = (function() {

            /**
             * Properties of a GetSettings.
             * @typedef {Object} ruvraft.metadata.GetSettings.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetSettings.
             * @memberof ruvraft.metadata
             * @interface IGetSettings
             * @augments ruvraft.metadata.GetSettings.$Properties
             * @deprecated Use ruvraft.metadata.GetSettings.$Properties instead.
             */

            /**
             * Shape of a GetSettings.
             * @typedef {ruvraft.metadata.GetSettings.$Properties} ruvraft.metadata.GetSettings.$Shape
             */

            /**
             * Constructs a new GetSettings.
             * @memberof ruvraft.metadata
             * @classdesc Represents a GetSettings.
             * @constructor
             * @param {ruvraft.metadata.GetSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetSettings instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.GetSettings
             * @static
             * @param {ruvraft.metadata.GetSettings.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.GetSettings} GetSettings instance
             * @type {{
             *   (properties: ruvraft.metadata.GetSettings.$Shape): ruvraft.metadata.GetSettings & ruvraft.metadata.GetSettings.$Shape;
             *   (properties?: ruvraft.metadata.GetSettings.$Properties): ruvraft.metadata.GetSettings;
             * }}
             */
            GetSettings.create = function(properties) {
                return new GetSettings(properties);
            };

            /**
             * Encodes the specified GetSettings message. Does not implicitly {@link ruvraft.metadata.GetSettings.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.GetSettings
             * @static
             * @param {ruvraft.metadata.GetSettings.$Properties} message GetSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.GetSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.GetSettings & ruvraft.metadata.GetSettings.$Shape} GetSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.GetSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GetSettings
             * @function getTypeUrl
             * @memberof ruvraft.metadata.GetSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.GetSettings";
            };

            return GetSettings;
        })();

        metadata.Watch = (function() {

            /**
             * Properties of a Watch.
             * @typedef {Object} ruvraft.metadata.Watch.$Properties
             * @property {number|null} [fromIndex] Watch fromIndex
             * @property {number|null} [eventsMax] Watch eventsMax
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Watch.
             * @memberof ruvraft.metadata
             * @interface IWatch
             * @augments ruvraft.metadata.Watch.$Properties
             * @deprecated Use ruvraft.metadata.Watch.$Properties instead.
             */

            /**
             * Shape of a Watch.
             * @typedef {ruvraft.metadata.Watch.$Properties} ruvraft.metadata.Watch.$Shape
             */

            /**
             * Constructs a new Watch.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Watch.
             * @constructor
             * @param {ruvraft.metadata.Watch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Watch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Watch fromIndex.
             * @member {number} fromIndex
             * @memberof ruvraft.metadata.Watch
             * @instance
             */
            Watch.prototype.fromIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Watch eventsMax.
             * @member {number} eventsMax
             * @memberof ruvraft.metadata.Watch
             * @instance
             */
            Watch.prototype.eventsMax = 0;

            /**
             * Creates a new Watch instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Watch
             * @static
             * @param {ruvraft.metadata.Watch.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Watch} Watch instance
             * @type {{
             *   (properties: ruvraft.metadata.Watch.$Shape): ruvraft.metadata.Watch & ruvraft.metadata.Watch.$Shape;
             *   (properties?: ruvraft.metadata.Watch.$Properties): ruvraft.metadata.Watch;
             * }}
             */
            Watch.create = function(properties) {
                return new Watch(properties);
            };

            /**
             * Encodes the specified Watch message. Does not implicitly {@link ruvraft.metadata.Watch.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Watch
             * @static
             * @param {ruvraft.metadata.Watch.$Properties} message Watch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Watch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromIndex != null && $Object.hasOwnProperty.call(message, "fromIndex") && (typeof message.fromIndex === "object" ? message.fromIndex.low || message.fromIndex.high : message.fromIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromIndex);
                if (message.eventsMax != null && $Object.hasOwnProperty.call(message, "eventsMax") && message.eventsMax !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.eventsMax);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Watch message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Watch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Watch & ruvraft.metadata.Watch.$Shape} Watch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Watch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Watch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromIndex = value;
                            else
                                delete message.fromIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.eventsMax = value;
                            else
                                delete message.eventsMax;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Watch
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Watch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Watch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Watch";
            };

            return Watch;
        })();

        metadata.MetadataResponse = (function() {

            /**
             * Properties of a MetadataResponse.
             * @typedef {Object} ruvraft.metadata.MetadataResponse.$Properties
             * @property {ruvraft.metadata.Ok.$Properties|null} [ok] MetadataResponse ok
             * @property {ruvraft.metadata.Rejected.$Properties|null} [rejected] MetadataResponse rejected
             * @property {"ok"|"rejected"} [outcome] MetadataResponse outcome
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataResponse.
             * @memberof ruvraft.metadata
             * @interface IMetadataResponse
             * @augments ruvraft.metadata.MetadataResponse.$Properties
             * @deprecated Use ruvraft.metadata.MetadataResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a MetadataResponse.
             * @typedef {{
             *   ok?: ruvraft.metadata.Ok.$Shape|null;
             *   rejected?: ruvraft.metadata.Rejected.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ outcome?: undefined; ok?: null; rejected?: null }|{ outcome?: "ok"; ok: ruvraft.metadata.Ok.$Shape; rejected?: null }|{ outcome?: "rejected"; ok?: null; rejected: ruvraft.metadata.Rejected.$Shape })
             * )} ruvraft.metadata.MetadataResponse.$Shape
             */

            /**
             * Constructs a new MetadataResponse.
             * @memberof ruvraft.metadata
             * @classdesc Represents a MetadataResponse.
             * @constructor
             * @param {ruvraft.metadata.MetadataResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataResponse ok.
             * @member {ruvraft.metadata.Ok.$Properties|null|undefined} ok
             * @memberof ruvraft.metadata.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.ok = null;

            /**
             * MetadataResponse rejected.
             * @member {ruvraft.metadata.Rejected.$Properties|null|undefined} rejected
             * @memberof ruvraft.metadata.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.rejected = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MetadataResponse outcome.
             * @member {"ok"|"rejected"|undefined} outcome
             * @memberof ruvraft.metadata.MetadataResponse
             * @instance
             */
            $Object.defineProperty(MetadataResponse.prototype, "outcome", {
                get: $util.oneOfGetter($oneOfFields = ["ok", "rejected"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MetadataResponse instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.MetadataResponse
             * @static
             * @param {ruvraft.metadata.MetadataResponse.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.MetadataResponse} MetadataResponse instance
             * @type {{
             *   (properties: ruvraft.metadata.MetadataResponse.$Shape): ruvraft.metadata.MetadataResponse & ruvraft.metadata.MetadataResponse.$Shape;
             *   (properties?: ruvraft.metadata.MetadataResponse.$Properties): ruvraft.metadata.MetadataResponse;
             * }}
             */
            MetadataResponse.create = function(properties) {
                return new MetadataResponse(properties);
            };

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link ruvraft.metadata.MetadataResponse.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.MetadataResponse
             * @static
             * @param {ruvraft.metadata.MetadataResponse.$Properties} message MetadataResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.ruvraft.metadata.Ok.encode(message.ok, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected"))
                    $root.ruvraft.metadata.Rejected.encode(message.rejected, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.MetadataResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataResponse & ruvraft.metadata.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.MetadataResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.ruvraft.metadata.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.outcome = "ok";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.rejected = $root.ruvraft.metadata.Rejected.decode(reader, reader.size(), $undefined, _depth + 1, message.rejected);
                            message.outcome = "rejected";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MetadataResponse
             * @function getTypeUrl
             * @memberof ruvraft.metadata.MetadataResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetadataResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.MetadataResponse";
            };

            return MetadataResponse;
        })();

        metadata.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} ruvraft.metadata.Ok.$Properties
             * @property {number|null} [index] Ok index
             * @property {ruvraft.metadata.CollectionList.$Properties|null} [collections] Ok collections
             * @property {ruvraft.metadata.Collection.$Properties|null} [collection] Ok collection
             * @property {ruvraft.metadata.Alias.$Properties|null} [alias] Ok alias
             * @property {ruvraft.metadata.AliasList.$Properties|null} [aliases] Ok aliases
             * @property {ruvraft.metadata.ShardList.$Properties|null} [shards] Ok shards
             * @property {ruvraft.metadata.NodeList.$Properties|null} [nodes] Ok nodes
             * @property {ruvraft.metadata.ClusterSettings.$Properties|null} [settings] Ok settings
             * @property {ruvraft.metadata.WatchEvents.$Properties|null} [events] Ok events
             * @property {"collections"|"collection"|"alias"|"aliases"|"shards"|"nodes"|"settings"|"events"} [result] Ok result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof ruvraft.metadata
             * @interface IOk
             * @augments ruvraft.metadata.Ok.$Properties
             * @deprecated Use ruvraft.metadata.Ok.$Properties instead.
             */

            /**
             * Narrowed shape of an Ok.
             * @typedef {{
             *   index?: number|null;
             *   collections?: ruvraft.metadata.CollectionList.$Shape|null;
             *   collection?: ruvraft.metadata.Collection.$Shape|null;
             *   alias?: ruvraft.metadata.Alias.$Shape|null;
             *   aliases?: ruvraft.metadata.AliasList.$Shape|null;
             *   shards?: ruvraft.metadata.ShardList.$Shape|null;
             *   nodes?: ruvraft.metadata.NodeList.$Shape|null;
             *   settings?: ruvraft.metadata.ClusterSettings.$Shape|null;
             *   events?: ruvraft.metadata.WatchEvents.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "collections"; collections: ruvraft.metadata.CollectionList.$Shape; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "collection"; collections?: null; collection: ruvraft.metadata.Collection.$Shape; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "alias"; collections?: null; collection?: null; alias: ruvraft.metadata.Alias.$Shape; aliases?: null; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "aliases"; collections?: null; collection?: null; alias?: null; aliases: ruvraft.metadata.AliasList.$Shape; shards?: null; nodes?: null; settings?: null; events?: null }|{ result?: "shards"; collections?: null; collection?: null; alias?: null; aliases?: null; shards: ruvraft.metadata.ShardList.$Shape; nodes?: null; settings?: null; events?: null }|{ result?: "nodes"; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes: ruvraft.metadata.NodeList.$Shape; settings?: null; events?: null }|{ result?: "settings"; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings: ruvraft.metadata.ClusterSettings.$Shape; events?: null }|{ result?: "events"; collections?: null; collection?: null; alias?: null; aliases?: null; shards?: null; nodes?: null; settings?: null; events: ruvraft.metadata.WatchEvents.$Shape })
             * )} ruvraft.metadata.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof ruvraft.metadata
             * @classdesc Represents an Ok.
             * @constructor
             * @param {ruvraft.metadata.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ok index.
             * @member {number} index
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ok collections.
             * @member {ruvraft.metadata.CollectionList.$Properties|null|undefined} collections
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.collections = null;

            /**
             * Ok collection.
             * @member {ruvraft.metadata.Collection.$Properties|null|undefined} collection
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.collection = null;

            /**
             * Ok alias.
             * @member {ruvraft.metadata.Alias.$Properties|null|undefined} alias
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.alias = null;

            /**
             * Ok aliases.
             * @member {ruvraft.metadata.AliasList.$Properties|null|undefined} aliases
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.aliases = null;

            /**
             * Ok shards.
             * @member {ruvraft.metadata.ShardList.$Properties|null|undefined} shards
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.shards = null;

            /**
             * Ok nodes.
             * @member {ruvraft.metadata.NodeList.$Properties|null|undefined} nodes
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.nodes = null;

            /**
             * Ok settings.
             * @member {ruvraft.metadata.ClusterSettings.$Properties|null|undefined} settings
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.settings = null;

            /**
             * Ok events.
             * @member {ruvraft.metadata.WatchEvents.$Properties|null|undefined} events
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            Ok.prototype.events = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Ok result.
             * @member {"collections"|"collection"|"alias"|"aliases"|"shards"|"nodes"|"settings"|"events"|undefined} result
             * @memberof ruvraft.metadata.Ok
             * @instance
             */
            $Object.defineProperty(Ok.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["collections", "collection", "alias", "aliases", "shards", "nodes", "settings", "events"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Ok
             * @static
             * @param {ruvraft.metadata.Ok.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Ok} Ok instance
             * @type {{
             *   (properties: ruvraft.metadata.Ok.$Shape): ruvraft.metadata.Ok & ruvraft.metadata.Ok.$Shape;
             *   (properties?: ruvraft.metadata.Ok.$Properties): ruvraft.metadata.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link ruvraft.metadata.Ok.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Ok
             * @static
             * @param {ruvraft.metadata.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                if (message.collections != null && $Object.hasOwnProperty.call(message, "collections"))
                    $root.ruvraft.metadata.CollectionList.encode(message.collections, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection"))
                    $root.ruvraft.metadata.Collection.encode(message.collection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.alias != null && $Object.hasOwnProperty.call(message, "alias"))
                    $root.ruvraft.metadata.Alias.encode(message.alias, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.aliases != null && $Object.hasOwnProperty.call(message, "aliases"))
                    $root.ruvraft.metadata.AliasList.encode(message.aliases, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.shards != null && $Object.hasOwnProperty.call(message, "shards"))
                    $root.ruvraft.metadata.ShardList.encode(message.shards, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes"))
                    $root.ruvraft.metadata.NodeList.encode(message.nodes, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.ruvraft.metadata.ClusterSettings.encode(message.settings, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                    $root.ruvraft.metadata.WatchEvents.encode(message.events, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Ok & ruvraft.metadata.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Ok();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.collections = $root.ruvraft.metadata.CollectionList.decode(reader, reader.size(), $undefined, _depth + 1, message.collections);
                            message.result = "collections";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.collection = $root.ruvraft.metadata.Collection.decode(reader, reader.size(), $undefined, _depth + 1, message.collection);
                            message.result = "collection";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.alias = $root.ruvraft.metadata.Alias.decode(reader, reader.size(), $undefined, _depth + 1, message.alias);
                            message.result = "alias";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.aliases = $root.ruvraft.metadata.AliasList.decode(reader, reader.size(), $undefined, _depth + 1, message.aliases);
                            message.result = "aliases";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.shards = $root.ruvraft.metadata.ShardList.decode(reader, reader.size(), $undefined, _depth + 1, message.shards);
                            message.result = "shards";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.nodes = $root.ruvraft.metadata.NodeList.decode(reader, reader.size(), $undefined, _depth + 1, message.nodes);
                            message.result = "nodes";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.ruvraft.metadata.ClusterSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            message.result = "settings";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.events = $root.ruvraft.metadata.WatchEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                            message.result = "events";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Ok
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Ok";
            };

            return Ok;
        })();

        metadata.WatchEvents = (function() {

            /**
             * Properties of a WatchEvents.
             * @typedef {Object} ruvraft.metadata.WatchEvents.$Properties
             * @property {Array.<ruvraft.metadata.WatchedEvent.$Properties>|null} [events] WatchEvents events
             * @property {boolean|null} [snapshotNeeded] WatchEvents snapshotNeeded
             * @property {Uint8Array|null} [snapshot] WatchEvents snapshot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchEvents.
             * @memberof ruvraft.metadata
             * @interface IWatchEvents
             * @augments ruvraft.metadata.WatchEvents.$Properties
             * @deprecated Use ruvraft.metadata.WatchEvents.$Properties instead.
             */

            /**
             * Shape of a WatchEvents.
             * @typedef {ruvraft.metadata.WatchEvents.$Properties} ruvraft.metadata.WatchEvents.$Shape
             */

            /**
             * Constructs a new WatchEvents.
             * @memberof ruvraft.metadata
             * @classdesc Represents a WatchEvents.
             * @constructor
             * @param {ruvraft.metadata.WatchEvents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchEvents = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchEvents events.
             * @member {Array.<ruvraft.metadata.WatchedEvent.$Properties>} events
             * @memberof ruvraft.metadata.WatchEvents
             * @instance
             */
            WatchEvents.prototype.events = $util.emptyArray;

            /**
             * WatchEvents snapshotNeeded.
             * @member {boolean} snapshotNeeded
             * @memberof ruvraft.metadata.WatchEvents
             * @instance
             */
            WatchEvents.prototype.snapshotNeeded = false;

            /**
             * WatchEvents snapshot.
             * @member {Uint8Array} snapshot
             * @memberof ruvraft.metadata.WatchEvents
             * @instance
             */
            WatchEvents.prototype.snapshot = $util.newBuffer([]);

            /**
             * Creates a new WatchEvents instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.WatchEvents
             * @static
             * @param {ruvraft.metadata.WatchEvents.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.WatchEvents} WatchEvents instance
             * @type {{
             *   (properties: ruvraft.metadata.WatchEvents.$Shape): ruvraft.metadata.WatchEvents & ruvraft.metadata.WatchEvents.$Shape;
             *   (properties?: ruvraft.metadata.WatchEvents.$Properties): ruvraft.metadata.WatchEvents;
             * }}
             */
            WatchEvents.create = function(properties) {
                return new WatchEvents(properties);
            };

            /**
             * Encodes the specified WatchEvents message. Does not implicitly {@link ruvraft.metadata.WatchEvents.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.WatchEvents
             * @static
             * @param {ruvraft.metadata.WatchEvents.$Properties} message WatchEvents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchEvents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.ruvraft.metadata.WatchedEvent.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.snapshotNeeded != null && $Object.hasOwnProperty.call(message, "snapshotNeeded") && message.snapshotNeeded !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.snapshotNeeded);
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot") && message.snapshot.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.snapshot);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WatchEvents message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.WatchEvents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.WatchEvents & ruvraft.metadata.WatchEvents.$Shape} WatchEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchEvents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.WatchEvents();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.ruvraft.metadata.WatchedEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.snapshotNeeded = value;
                            else
                                delete message.snapshotNeeded;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.snapshot = value;
                            else
                                delete message.snapshot;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WatchEvents
             * @function getTypeUrl
             * @memberof ruvraft.metadata.WatchEvents
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchEvents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.WatchEvents";
            };

            return WatchEvents;
        })();

        metadata.WatchedEvent = (function() {

            /**
             * Properties of a WatchedEvent.
             * @typedef {Object} ruvraft.metadata.WatchedEvent.$Properties
             * @property {number|null} [index] WatchedEvent index
             * @property {Uint8Array|null} [event] WatchedEvent event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchedEvent.
             * @memberof ruvraft.metadata
             * @interface IWatchedEvent
             * @augments ruvraft.metadata.WatchedEvent.$Properties
             * @deprecated Use ruvraft.metadata.WatchedEvent.$Properties instead.
             */

            /**
             * Shape of a WatchedEvent.
             * @typedef {ruvraft.metadata.WatchedEvent.$Properties} ruvraft.metadata.WatchedEvent.$Shape
             */

            /**
             * Constructs a new WatchedEvent.
             * @memberof ruvraft.metadata
             * @classdesc Represents a WatchedEvent.
             * @constructor
             * @param {ruvraft.metadata.WatchedEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchedEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchedEvent index.
             * @member {number} index
             * @memberof ruvraft.metadata.WatchedEvent
             * @instance
             */
            WatchedEvent.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WatchedEvent event.
             * @member {Uint8Array} event
             * @memberof ruvraft.metadata.WatchedEvent
             * @instance
             */
            WatchedEvent.prototype.event = $util.newBuffer([]);

            /**
             * Creates a new WatchedEvent instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.WatchedEvent
             * @static
             * @param {ruvraft.metadata.WatchedEvent.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.WatchedEvent} WatchedEvent instance
             * @type {{
             *   (properties: ruvraft.metadata.WatchedEvent.$Shape): ruvraft.metadata.WatchedEvent & ruvraft.metadata.WatchedEvent.$Shape;
             *   (properties?: ruvraft.metadata.WatchedEvent.$Properties): ruvraft.metadata.WatchedEvent;
             * }}
             */
            WatchedEvent.create = function(properties) {
                return new WatchedEvent(properties);
            };

            /**
             * Encodes the specified WatchedEvent message. Does not implicitly {@link ruvraft.metadata.WatchedEvent.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.WatchedEvent
             * @static
             * @param {ruvraft.metadata.WatchedEvent.$Properties} message WatchedEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchedEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.event);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WatchedEvent message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.WatchedEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.WatchedEvent & ruvraft.metadata.WatchedEvent.$Shape} WatchedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchedEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.WatchedEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.event = value;
                            else
                                delete message.event;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WatchedEvent
             * @function getTypeUrl
             * @memberof ruvraft.metadata.WatchedEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchedEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.WatchedEvent";
            };

            return WatchedEvent;
        })();

        metadata.Rejected = (function() {

            /**
             * Properties of a Rejected.
             * @typedef {Object} ruvraft.metadata.Rejected.$Properties
             * @property {string|null} [rule] Rejected rule
             * @property {string|null} [reason] Rejected reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rejected.
             * @memberof ruvraft.metadata
             * @interface IRejected
             * @augments ruvraft.metadata.Rejected.$Properties
             * @deprecated Use ruvraft.metadata.Rejected.$Properties instead.
             */

            /**
             * Shape of a Rejected.
             * @typedef {ruvraft.metadata.Rejected.$Properties} ruvraft.metadata.Rejected.$Shape
             */

            /**
             * Constructs a new Rejected.
             * @memberof ruvraft.metadata
             * @classdesc Represents a Rejected.
             * @constructor
             * @param {ruvraft.metadata.Rejected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rejected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Rejected rule.
             * @member {string} rule
             * @memberof ruvraft.metadata.Rejected
             * @instance
             */
            Rejected.prototype.rule = "";

            /**
             * Rejected reason.
             * @member {string} reason
             * @memberof ruvraft.metadata.Rejected
             * @instance
             */
            Rejected.prototype.reason = "";

            /**
             * Creates a new Rejected instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.Rejected
             * @static
             * @param {ruvraft.metadata.Rejected.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.Rejected} Rejected instance
             * @type {{
             *   (properties: ruvraft.metadata.Rejected.$Shape): ruvraft.metadata.Rejected & ruvraft.metadata.Rejected.$Shape;
             *   (properties?: ruvraft.metadata.Rejected.$Properties): ruvraft.metadata.Rejected;
             * }}
             */
            Rejected.create = function(properties) {
                return new Rejected(properties);
            };

            /**
             * Encodes the specified Rejected message. Does not implicitly {@link ruvraft.metadata.Rejected.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.Rejected
             * @static
             * @param {ruvraft.metadata.Rejected.$Properties} message Rejected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rule);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Rejected message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.Rejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.Rejected & ruvraft.metadata.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.Rejected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Rejected
             * @function getTypeUrl
             * @memberof ruvraft.metadata.Rejected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rejected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.Rejected";
            };

            return Rejected;
        })();

        metadata.CollectionList = (function() {

            /**
             * Properties of a CollectionList.
             * @typedef {Object} ruvraft.metadata.CollectionList.$Properties
             * @property {Array.<ruvraft.metadata.Collection.$Properties>|null} [collections] CollectionList collections
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectionList.
             * @memberof ruvraft.metadata
             * @interface ICollectionList
             * @augments ruvraft.metadata.CollectionList.$Properties
             * @deprecated Use ruvraft.metadata.CollectionList.$Properties instead.
             */

            /**
             * Shape of a CollectionList.
             * @typedef {{
             *   collections?: Array.<ruvraft.metadata.Collection.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ruvraft.metadata.CollectionList.$Shape
             */

            /**
             * Constructs a new CollectionList.
             * @memberof ruvraft.metadata
             * @classdesc Represents a CollectionList.
             * @constructor
             * @param {ruvraft.metadata.CollectionList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectionList = function (properties) {
                this.collections = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CollectionList collections.
             * @member {Array.<ruvraft.metadata.Collection.$Properties>} collections
             * @memberof ruvraft.metadata.CollectionList
             * @instance
             */
            CollectionList.prototype.collections = $util.emptyArray;

            /**
             * Creates a new CollectionList instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.CollectionList
             * @static
             * @param {ruvraft.metadata.CollectionList.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.CollectionList} CollectionList instance
             * @type {{
             *   (properties: ruvraft.metadata.CollectionList.$Shape): ruvraft.metadata.CollectionList & ruvraft.metadata.CollectionList.$Shape;
             *   (properties?: ruvraft.metadata.CollectionList.$Properties): ruvraft.metadata.CollectionList;
             * }}
             */
            CollectionList.create = function(properties) {
                return new CollectionList(properties);
            };

            /**
             * Encodes the specified CollectionList message. Does not implicitly {@link ruvraft.metadata.CollectionList.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.CollectionList
             * @static
             * @param {ruvraft.metadata.CollectionList.$Properties} message CollectionList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectionList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collections != null && message.collections.length)
                    for (let i = 0; i < message.collections.length; ++i)
                        $root.ruvraft.metadata.Collection.encode(message.collections[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CollectionList message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.CollectionList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.CollectionList & ruvraft.metadata.CollectionList.$Shape} CollectionList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectionList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.CollectionList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.collections && message.collections.length))
                                message.collections = [];
                            message.collections.push($root.ruvraft.metadata.Collection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CollectionList
             * @function getTypeUrl
             * @memberof ruvraft.metadata.CollectionList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectionList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.CollectionList";
            };

            return CollectionList;
        })();

        metadata.AliasList = (function() {

            /**
             * Properties of an AliasList.
             * @typedef {Object} ruvraft.metadata.AliasList.$Properties
             * @property {Array.<ruvraft.metadata.Alias.$Properties>|null} [aliases] AliasList aliases
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AliasList.
             * @memberof ruvraft.metadata
             * @interface IAliasList
             * @augments ruvraft.metadata.AliasList.$Properties
             * @deprecated Use ruvraft.metadata.AliasList.$Properties instead.
             */

            /**
             * Shape of an AliasList.
             * @typedef {ruvraft.metadata.AliasList.$Properties} ruvraft.metadata.AliasList.$Shape
             */

            /**
             * Constructs a new AliasList.
             * @memberof ruvraft.metadata
             * @classdesc Represents an AliasList.
             * @constructor
             * @param {ruvraft.metadata.AliasList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AliasList = function (properties) {
                this.aliases = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AliasList aliases.
             * @member {Array.<ruvraft.metadata.Alias.$Properties>} aliases
             * @memberof ruvraft.metadata.AliasList
             * @instance
             */
            AliasList.prototype.aliases = $util.emptyArray;

            /**
             * Creates a new AliasList instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.AliasList
             * @static
             * @param {ruvraft.metadata.AliasList.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.AliasList} AliasList instance
             * @type {{
             *   (properties: ruvraft.metadata.AliasList.$Shape): ruvraft.metadata.AliasList & ruvraft.metadata.AliasList.$Shape;
             *   (properties?: ruvraft.metadata.AliasList.$Properties): ruvraft.metadata.AliasList;
             * }}
             */
            AliasList.create = function(properties) {
                return new AliasList(properties);
            };

            /**
             * Encodes the specified AliasList message. Does not implicitly {@link ruvraft.metadata.AliasList.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.AliasList
             * @static
             * @param {ruvraft.metadata.AliasList.$Properties} message AliasList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AliasList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        $root.ruvraft.metadata.Alias.encode(message.aliases[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AliasList message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.AliasList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.AliasList & ruvraft.metadata.AliasList.$Shape} AliasList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AliasList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.AliasList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push($root.ruvraft.metadata.Alias.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AliasList
             * @function getTypeUrl
             * @memberof ruvraft.metadata.AliasList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AliasList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.AliasList";
            };

            return AliasList;
        })();

        metadata.ShardList = (function() {

            /**
             * Properties of a ShardList.
             * @typedef {Object} ruvraft.metadata.ShardList.$Properties
             * @property {Array.<ruvraft.metadata.Shard.$Properties>|null} [shards] ShardList shards
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardList.
             * @memberof ruvraft.metadata
             * @interface IShardList
             * @augments ruvraft.metadata.ShardList.$Properties
             * @deprecated Use ruvraft.metadata.ShardList.$Properties instead.
             */

            /**
             * Shape of a ShardList.
             * @typedef {ruvraft.metadata.ShardList.$Properties} ruvraft.metadata.ShardList.$Shape
             */

            /**
             * Constructs a new ShardList.
             * @memberof ruvraft.metadata
             * @classdesc Represents a ShardList.
             * @constructor
             * @param {ruvraft.metadata.ShardList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardList = function (properties) {
                this.shards = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardList shards.
             * @member {Array.<ruvraft.metadata.Shard.$Properties>} shards
             * @memberof ruvraft.metadata.ShardList
             * @instance
             */
            ShardList.prototype.shards = $util.emptyArray;

            /**
             * Creates a new ShardList instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.ShardList
             * @static
             * @param {ruvraft.metadata.ShardList.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.ShardList} ShardList instance
             * @type {{
             *   (properties: ruvraft.metadata.ShardList.$Shape): ruvraft.metadata.ShardList & ruvraft.metadata.ShardList.$Shape;
             *   (properties?: ruvraft.metadata.ShardList.$Properties): ruvraft.metadata.ShardList;
             * }}
             */
            ShardList.create = function(properties) {
                return new ShardList(properties);
            };

            /**
             * Encodes the specified ShardList message. Does not implicitly {@link ruvraft.metadata.ShardList.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.ShardList
             * @static
             * @param {ruvraft.metadata.ShardList.$Properties} message ShardList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shards != null && message.shards.length)
                    for (let i = 0; i < message.shards.length; ++i)
                        $root.ruvraft.metadata.Shard.encode(message.shards[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardList message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.ShardList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.ShardList & ruvraft.metadata.ShardList.$Shape} ShardList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.ShardList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shards && message.shards.length))
                                message.shards = [];
                            message.shards.push($root.ruvraft.metadata.Shard.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShardList
             * @function getTypeUrl
             * @memberof ruvraft.metadata.ShardList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.ShardList";
            };

            return ShardList;
        })();

        metadata.NodeList = (function() {

            /**
             * Properties of a NodeList.
             * @typedef {Object} ruvraft.metadata.NodeList.$Properties
             * @property {Array.<ruvraft.metadata.Node.$Properties>|null} [nodes] NodeList nodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeList.
             * @memberof ruvraft.metadata
             * @interface INodeList
             * @augments ruvraft.metadata.NodeList.$Properties
             * @deprecated Use ruvraft.metadata.NodeList.$Properties instead.
             */

            /**
             * Shape of a NodeList.
             * @typedef {ruvraft.metadata.NodeList.$Properties} ruvraft.metadata.NodeList.$Shape
             */

            /**
             * Constructs a new NodeList.
             * @memberof ruvraft.metadata
             * @classdesc Represents a NodeList.
             * @constructor
             * @param {ruvraft.metadata.NodeList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeList = function (properties) {
                this.nodes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeList nodes.
             * @member {Array.<ruvraft.metadata.Node.$Properties>} nodes
             * @memberof ruvraft.metadata.NodeList
             * @instance
             */
            NodeList.prototype.nodes = $util.emptyArray;

            /**
             * Creates a new NodeList instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.NodeList
             * @static
             * @param {ruvraft.metadata.NodeList.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.NodeList} NodeList instance
             * @type {{
             *   (properties: ruvraft.metadata.NodeList.$Shape): ruvraft.metadata.NodeList & ruvraft.metadata.NodeList.$Shape;
             *   (properties?: ruvraft.metadata.NodeList.$Properties): ruvraft.metadata.NodeList;
             * }}
             */
            NodeList.create = function(properties) {
                return new NodeList(properties);
            };

            /**
             * Encodes the specified NodeList message. Does not implicitly {@link ruvraft.metadata.NodeList.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.NodeList
             * @static
             * @param {ruvraft.metadata.NodeList.$Properties} message NodeList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.ruvraft.metadata.Node.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeList message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.NodeList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.NodeList & ruvraft.metadata.NodeList.$Shape} NodeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.NodeList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.ruvraft.metadata.Node.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for NodeList
             * @function getTypeUrl
             * @memberof ruvraft.metadata.NodeList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.NodeList";
            };

            return NodeList;
        })();

        metadata.MetadataSnapshot = (function() {

            /**
             * Properties of a MetadataSnapshot.
             * @typedef {Object} ruvraft.metadata.MetadataSnapshot.$Properties
             * @property {number|null} [formatVersion] MetadataSnapshot formatVersion
             * @property {number|null} [appliedIndex] MetadataSnapshot appliedIndex
             * @property {ruvraft.metadata.ClusterSettings.$Properties|null} [settings] MetadataSnapshot settings
             * @property {Array.<ruvraft.metadata.Node.$Properties>|null} [nodes] MetadataSnapshot nodes
             * @property {Array.<ruvraft.metadata.Collection.$Properties>|null} [collections] MetadataSnapshot collections
             * @property {Array.<ruvraft.metadata.Alias.$Properties>|null} [aliases] MetadataSnapshot aliases
             * @property {Array.<ruvraft.metadata.Shard.$Properties>|null} [shards] MetadataSnapshot shards
             * @property {Array.<string>|null} [placementPending] MetadataSnapshot placementPending
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataSnapshot.
             * @memberof ruvraft.metadata
             * @interface IMetadataSnapshot
             * @augments ruvraft.metadata.MetadataSnapshot.$Properties
             * @deprecated Use ruvraft.metadata.MetadataSnapshot.$Properties instead.
             */

            /**
             * Shape of a MetadataSnapshot.
             * @typedef {{
             *   formatVersion?: number|null;
             *   appliedIndex?: number|null;
             *   settings?: ruvraft.metadata.ClusterSettings.$Shape|null;
             *   nodes?: Array.<ruvraft.metadata.Node.$Shape>|null;
             *   collections?: Array.<ruvraft.metadata.Collection.$Shape>|null;
             *   aliases?: Array.<ruvraft.metadata.Alias.$Shape>|null;
             *   shards?: Array.<ruvraft.metadata.Shard.$Shape>|null;
             *   placementPending?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ruvraft.metadata.MetadataSnapshot.$Shape
             */

            /**
             * Constructs a new MetadataSnapshot.
             * @memberof ruvraft.metadata
             * @classdesc Represents a MetadataSnapshot.
             * @constructor
             * @param {ruvraft.metadata.MetadataSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataSnapshot = function (properties) {
                this.nodes = [];
                this.collections = [];
                this.aliases = [];
                this.shards = [];
                this.placementPending = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataSnapshot formatVersion.
             * @member {number} formatVersion
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.formatVersion = 0;

            /**
             * MetadataSnapshot appliedIndex.
             * @member {number} appliedIndex
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MetadataSnapshot settings.
             * @member {ruvraft.metadata.ClusterSettings.$Properties|null|undefined} settings
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.settings = null;

            /**
             * MetadataSnapshot nodes.
             * @member {Array.<ruvraft.metadata.Node.$Properties>} nodes
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.nodes = $util.emptyArray;

            /**
             * MetadataSnapshot collections.
             * @member {Array.<ruvraft.metadata.Collection.$Properties>} collections
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.collections = $util.emptyArray;

            /**
             * MetadataSnapshot aliases.
             * @member {Array.<ruvraft.metadata.Alias.$Properties>} aliases
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.aliases = $util.emptyArray;

            /**
             * MetadataSnapshot shards.
             * @member {Array.<ruvraft.metadata.Shard.$Properties>} shards
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.shards = $util.emptyArray;

            /**
             * MetadataSnapshot placementPending.
             * @member {Array.<string>} placementPending
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.placementPending = $util.emptyArray;

            /**
             * Creates a new MetadataSnapshot instance using the specified properties.
             * @function create
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @static
             * @param {ruvraft.metadata.MetadataSnapshot.$Properties=} [properties] Properties to set
             * @returns {ruvraft.metadata.MetadataSnapshot} MetadataSnapshot instance
             * @type {{
             *   (properties: ruvraft.metadata.MetadataSnapshot.$Shape): ruvraft.metadata.MetadataSnapshot & ruvraft.metadata.MetadataSnapshot.$Shape;
             *   (properties?: ruvraft.metadata.MetadataSnapshot.$Properties): ruvraft.metadata.MetadataSnapshot;
             * }}
             */
            MetadataSnapshot.create = function(properties) {
                return new MetadataSnapshot(properties);
            };

            /**
             * Encodes the specified MetadataSnapshot message. Does not implicitly {@link ruvraft.metadata.MetadataSnapshot.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @static
             * @param {ruvraft.metadata.MetadataSnapshot.$Properties} message MetadataSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.appliedIndex);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.ruvraft.metadata.ClusterSettings.encode(message.settings, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.ruvraft.metadata.Node.encode(message.nodes[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.collections != null && message.collections.length)
                    for (let i = 0; i < message.collections.length; ++i)
                        $root.ruvraft.metadata.Collection.encode(message.collections[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        $root.ruvraft.metadata.Alias.encode(message.aliases[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.shards != null && message.shards.length)
                    for (let i = 0; i < message.shards.length; ++i)
                        $root.ruvraft.metadata.Shard.encode(message.shards[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.placementPending != null && message.placementPending.length)
                    for (let i = 0; i < message.placementPending.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.placementPending[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.metadata.MetadataSnapshot & ruvraft.metadata.MetadataSnapshot.$Shape} MetadataSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ruvraft.metadata.MetadataSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.formatVersion = value;
                            else
                                delete message.formatVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.ruvraft.metadata.ClusterSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.ruvraft.metadata.Node.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.collections && message.collections.length))
                                message.collections = [];
                            message.collections.push($root.ruvraft.metadata.Collection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push($root.ruvraft.metadata.Alias.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shards && message.shards.length))
                                message.shards = [];
                            message.shards.push($root.ruvraft.metadata.Shard.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.placementPending && message.placementPending.length))
                                message.placementPending = [];
                            message.placementPending.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MetadataSnapshot
             * @function getTypeUrl
             * @memberof ruvraft.metadata.MetadataSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetadataSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.metadata.MetadataSnapshot";
            };

            return MetadataSnapshot;
        })();

        return metadata;
    })();

    return ruvraft;
})();

export {
  $root as default
};
