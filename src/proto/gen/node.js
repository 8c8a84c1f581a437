/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["ruvraft_node"] || ($protobuf.roots["ruvraft_node"] = {});

export const ruvraft = $root.ruvraft = (() => {

    /**
     * Namespace ruvraft.
     * @exports ruvraft
     * @namespace
     */
    const ruvraft = {};

    ruvraft.node = (function() {

        /**
         * Namespace node.
         * @memberof ruvraft
         * @namespace
         */
        const node = {};

        node.NodeEntry = (function() {

            /**
             * Properties of a NodeEntry.
             * @typedef {Object} ruvraft.node.NodeEntry.$Properties
             * @property {ruvraft.node.Command.$Properties|null} [command] NodeEntry command
             * @property {ruvraft.node.MemberAddress.$Properties|null} [memberAddress] NodeEntry memberAddress
             * @property {"command"|"memberAddress"} [kind] NodeEntry kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeEntry.
             * @memberof ruvraft.node
             * @interface INodeEntry
             * @augments ruvraft.node.NodeEntry.$Properties
             * @deprecated Use ruvraft.node.NodeEntry.$Properties instead.
             */

            /**
             * Narrowed shape of a NodeEntry.
             * @typedef {{
             *   command?: ruvraft.node.Command.$Shape|null;
             *   memberAddress?: ruvraft.node.MemberAddress.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; command?: null; memberAddress?: null }|{ kind?: "command"; command: ruvraft.node.Command.$Shape; memberAddress?: null }|{ kind?: "memberAddress"; command?: null; memberAddress: ruvraft.node.MemberAddress.$Shape })
             * )} ruvraft.node.NodeEntry.$Shape
             */

            /**
             * Constructs a new NodeEntry.
             * @memberof ruvraft.node
             * @classdesc Represents a NodeEntry.
             * @constructor
             * @param {ruvraft.node.NodeEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeEntry command.
             * @member {ruvraft.node.Command.$Properties|null|undefined} command
             * @memberof ruvraft.node.NodeEntry
             * @instance
             */
            NodeEntry.prototype.command = null;

            /**
             * NodeEntry memberAddress.
             * @member {ruvraft.node.MemberAddress.$Properties|null|undefined} memberAddress
             * @memberof ruvraft.node.NodeEntry
             * @instance
             */
            NodeEntry.prototype.memberAddress = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NodeEntry kind.
             * @member {"command"|"memberAddress"|undefined} kind
             * @memberof ruvraft.node.NodeEntry
             * @instance
             */
            $Object.defineProperty(NodeEntry.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["command", "memberAddress"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NodeEntry instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.NodeEntry
             * @static
             * @param {ruvraft.node.NodeEntry.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.NodeEntry} NodeEntry instance
             * @type {{
             *   (properties: ruvraft.node.NodeEntry.$Shape): ruvraft.node.NodeEntry & ruvraft.node.NodeEntry.$Shape;
             *   (properties?: ruvraft.node.NodeEntry.$Properties): ruvraft.node.NodeEntry;
             * }}
             */
            NodeEntry.create = function(properties) {
                return new NodeEntry(properties);
            };

            /**
             * Encodes the specified NodeEntry message. Does not implicitly {@link ruvraft.node.NodeEntry.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.NodeEntry
             * @static
             * @param {ruvraft.node.NodeEntry.$Properties} message NodeEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.ruvraft.node.Command.encode(message.command, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.memberAddress != null && $Object.hasOwnProperty.call(message, "memberAddress"))
                    $root.ruvraft.node.MemberAddress.encode(message.memberAddress, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeEntry message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.NodeEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.NodeEntry & ruvraft.node.NodeEntry.$Shape} NodeEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.NodeEntry();
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
                            message.command = $root.ruvraft.node.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message.kind = "command";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.memberAddress = $root.ruvraft.node.MemberAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.memberAddress);
                            message.kind = "memberAddress";
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
             * Gets the type url for NodeEntry
             * @function getTypeUrl
             * @memberof ruvraft.node.NodeEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.NodeEntry";
            };

            return NodeEntry;
        })();

        node.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} ruvraft.node.Command.$Properties
             * @property {number|null} [clientId] Command clientId
             * @property {number|null} [sequence] Command sequence
             * @property {Uint8Array|null} [command] Command command
             * @property {number|null} [firstUnansweredSequence] Command firstUnansweredSequence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof ruvraft.node
             * @interface ICommand
             * @augments ruvraft.node.Command.$Properties
             * @deprecated Use ruvraft.node.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {ruvraft.node.Command.$Properties} ruvraft.node.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof ruvraft.node
             * @classdesc Represents a Command.
             * @constructor
             * @param {ruvraft.node.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command clientId.
             * @member {number} clientId
             * @memberof ruvraft.node.Command
             * @instance
             */
            Command.prototype.clientId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command sequence.
             * @member {number} sequence
             * @memberof ruvraft.node.Command
             * @instance
             */
            Command.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command command.
             * @member {Uint8Array} command
             * @memberof ruvraft.node.Command
             * @instance
             */
            Command.prototype.command = $util.newBuffer([]);

            /**
             * Command firstUnansweredSequence.
             * @member {number} firstUnansweredSequence
             * @memberof ruvraft.node.Command
             * @instance
             */
            Command.prototype.firstUnansweredSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.Command
             * @static
             * @param {ruvraft.node.Command.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.Command} Command instance
             * @type {{
             *   (properties: ruvraft.node.Command.$Shape): ruvraft.node.Command & ruvraft.node.Command.$Shape;
             *   (properties?: ruvraft.node.Command.$Properties): ruvraft.node.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link ruvraft.node.Command.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.Command
             * @static
             * @param {ruvraft.node.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && (typeof message.clientId === "object" ? message.clientId.low || message.clientId.high : message.clientId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientId);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.command);
                if (message.firstUnansweredSequence != null && $Object.hasOwnProperty.call(message, "firstUnansweredSequence") && (typeof message.firstUnansweredSequence === "object" ? message.firstUnansweredSequence.low || message.firstUnansweredSequence.high : message.firstUnansweredSequence !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.firstUnansweredSequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.Command & ruvraft.node.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.Command();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstUnansweredSequence = value;
                            else
                                delete message.firstUnansweredSequence;
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
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof ruvraft.node.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.Command";
            };

            return Command;
        })();

        node.MemberAddress = (function() {

            /**
             * Properties of a MemberAddress.
             * @typedef {Object} ruvraft.node.MemberAddress.$Properties
             * @property {number|null} [nodeId] MemberAddress nodeId
             * @property {string|null} [address] MemberAddress address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberAddress.
             * @memberof ruvraft.node
             * @interface IMemberAddress
             * @augments ruvraft.node.MemberAddress.$Properties
             * @deprecated Use ruvraft.node.MemberAddress.$Properties instead.
             */

            /**
             * Shape of a MemberAddress.
             * @typedef {ruvraft.node.MemberAddress.$Properties} ruvraft.node.MemberAddress.$Shape
             */

            /**
             * Constructs a new MemberAddress.
             * @memberof ruvraft.node
             * @classdesc Represents a MemberAddress.
             * @constructor
             * @param {ruvraft.node.MemberAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberAddress nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.node.MemberAddress
             * @instance
             */
            MemberAddress.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemberAddress address.
             * @member {string} address
             * @memberof ruvraft.node.MemberAddress
             * @instance
             */
            MemberAddress.prototype.address = "";

            /**
             * Creates a new MemberAddress instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.MemberAddress
             * @static
             * @param {ruvraft.node.MemberAddress.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.MemberAddress} MemberAddress instance
             * @type {{
             *   (properties: ruvraft.node.MemberAddress.$Shape): ruvraft.node.MemberAddress & ruvraft.node.MemberAddress.$Shape;
             *   (properties?: ruvraft.node.MemberAddress.$Properties): ruvraft.node.MemberAddress;
             * }}
             */
            MemberAddress.create = function(properties) {
                return new MemberAddress(properties);
            };

            /**
             * Encodes the specified MemberAddress message. Does not implicitly {@link ruvraft.node.MemberAddress.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.MemberAddress
             * @static
             * @param {ruvraft.node.MemberAddress.$Properties} message MemberAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberAddress.encode = function (message, writer, _depth) {
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
             * Decodes a MemberAddress message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.MemberAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.MemberAddress & ruvraft.node.MemberAddress.$Shape} MemberAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberAddress.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.MemberAddress();
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
             * Gets the type url for MemberAddress
             * @function getTypeUrl
             * @memberof ruvraft.node.MemberAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.MemberAddress";
            };

            return MemberAddress;
        })();

        node.Session = (function() {

            /**
             * Properties of a Session.
             * @typedef {Object} ruvraft.node.Session.$Properties
             * @property {number|null} [clientId] Session clientId
             * @property {number|null} [floor] Session floor
             * @property {Array.<ruvraft.node.SessionResponse.$Properties>|null} [responses] Session responses
             * @property {number|null} [lastIndex] Session lastIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Session.
             * @memberof ruvraft.node
             * @interface ISession
             * @augments ruvraft.node.Session.$Properties
             * @deprecated Use ruvraft.node.Session.$Properties instead.
             */

            /**
             * Shape of a Session.
             * @typedef {ruvraft.node.Session.$Properties} ruvraft.node.Session.$Shape
             */

            /**
             * Constructs a new Session.
             * @memberof ruvraft.node
             * @classdesc Represents a Session.
             * @constructor
             * @param {ruvraft.node.Session.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Session = function (properties) {
                this.responses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Session clientId.
             * @member {number} clientId
             * @memberof ruvraft.node.Session
             * @instance
             */
            Session.prototype.clientId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Session floor.
             * @member {number} floor
             * @memberof ruvraft.node.Session
             * @instance
             */
            Session.prototype.floor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Session responses.
             * @member {Array.<ruvraft.node.SessionResponse.$Properties>} responses
             * @memberof ruvraft.node.Session
             * @instance
             */
            Session.prototype.responses = $util.emptyArray;

            /**
             * Session lastIndex.
             * @member {number} lastIndex
             * @memberof ruvraft.node.Session
             * @instance
             */
            Session.prototype.lastIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Session instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.Session
             * @static
             * @param {ruvraft.node.Session.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.Session} Session instance
             * @type {{
             *   (properties: ruvraft.node.Session.$Shape): ruvraft.node.Session & ruvraft.node.Session.$Shape;
             *   (properties?: ruvraft.node.Session.$Properties): ruvraft.node.Session;
             * }}
             */
            Session.create = function(properties) {
                return new Session(properties);
            };

            /**
             * Encodes the specified Session message. Does not implicitly {@link ruvraft.node.Session.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.Session
             * @static
             * @param {ruvraft.node.Session.$Properties} message Session message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Session.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && (typeof message.clientId === "object" ? message.clientId.low || message.clientId.high : message.clientId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientId);
                if (message.floor != null && $Object.hasOwnProperty.call(message, "floor") && (typeof message.floor === "object" ? message.floor.low || message.floor.high : message.floor !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.floor);
                if (message.responses != null && message.responses.length)
                    for (let i = 0; i < message.responses.length; ++i)
                        $root.ruvraft.node.SessionResponse.encode(message.responses[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex") && (typeof message.lastIndex === "object" ? message.lastIndex.low || message.lastIndex.high : message.lastIndex !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Session message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.Session
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.Session & ruvraft.node.Session.$Shape} Session
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Session.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.Session();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.floor = value;
                            else
                                delete message.floor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.responses && message.responses.length))
                                message.responses = [];
                            message.responses.push($root.ruvraft.node.SessionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastIndex = value;
                            else
                                delete message.lastIndex;
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
             * Gets the type url for Session
             * @function getTypeUrl
             * @memberof ruvraft.node.Session
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Session.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.Session";
            };

            return Session;
        })();

        node.SessionResponse = (function() {

            /**
             * Properties of a SessionResponse.
             * @typedef {Object} ruvraft.node.SessionResponse.$Properties
             * @property {number|null} [sequence] SessionResponse sequence
             * @property {Uint8Array|null} [response] SessionResponse response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionResponse.
             * @memberof ruvraft.node
             * @interface ISessionResponse
             * @augments ruvraft.node.SessionResponse.$Properties
             * @deprecated Use ruvraft.node.SessionResponse.$Properties instead.
             */

            /**
             * Shape of a SessionResponse.
             * @typedef {ruvraft.node.SessionResponse.$Properties} ruvraft.node.SessionResponse.$Shape
             */

            /**
             * Constructs a new SessionResponse.
             * @memberof ruvraft.node
             * @classdesc Represents a SessionResponse.
             * @constructor
             * @param {ruvraft.node.SessionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionResponse sequence.
             * @member {number} sequence
             * @memberof ruvraft.node.SessionResponse
             * @instance
             */
            SessionResponse.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SessionResponse response.
             * @member {Uint8Array} response
             * @memberof ruvraft.node.SessionResponse
             * @instance
             */
            SessionResponse.prototype.response = $util.newBuffer([]);

            /**
             * Creates a new SessionResponse instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.SessionResponse
             * @static
             * @param {ruvraft.node.SessionResponse.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.SessionResponse} SessionResponse instance
             * @type {{
             *   (properties: ruvraft.node.SessionResponse.$Shape): ruvraft.node.SessionResponse & ruvraft.node.SessionResponse.$Shape;
             *   (properties?: ruvraft.node.SessionResponse.$Properties): ruvraft.node.SessionResponse;
             * }}
             */
            SessionResponse.create = function(properties) {
                return new SessionResponse(properties);
            };

            /**
             * Encodes the specified SessionResponse message. Does not implicitly {@link ruvraft.node.SessionResponse.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.SessionResponse
             * @static
             * @param {ruvraft.node.SessionResponse.$Properties} message SessionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                if (message.response != null && $Object.hasOwnProperty.call(message, "response") && message.response.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.response);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.SessionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.SessionResponse & ruvraft.node.SessionResponse.$Shape} SessionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.SessionResponse();
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
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.response = value;
                            else
                                delete message.response;
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
             * Gets the type url for SessionResponse
             * @function getTypeUrl
             * @memberof ruvraft.node.SessionResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.SessionResponse";
            };

            return SessionResponse;
        })();

        node.NodeSnapshot = (function() {

            /**
             * Properties of a NodeSnapshot.
             * @typedef {Object} ruvraft.node.NodeSnapshot.$Properties
             * @property {Array.<ruvraft.node.MemberAddress.$Properties>|null} [members] NodeSnapshot members
             * @property {Array.<ruvraft.node.Session.$Properties>|null} [sessions] NodeSnapshot sessions
             * @property {Array.<Uint8Array>|null} [stateMachine] NodeSnapshot stateMachine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeSnapshot.
             * @memberof ruvraft.node
             * @interface INodeSnapshot
             * @augments ruvraft.node.NodeSnapshot.$Properties
             * @deprecated Use ruvraft.node.NodeSnapshot.$Properties instead.
             */

            /**
             * Shape of a NodeSnapshot.
             * @typedef {ruvraft.node.NodeSnapshot.$Properties} ruvraft.node.NodeSnapshot.$Shape
             */

            /**
             * Constructs a new NodeSnapshot.
             * @memberof ruvraft.node
             * @classdesc Represents a NodeSnapshot.
             * @constructor
             * @param {ruvraft.node.NodeSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeSnapshot = function (properties) {
                this.members = [];
                this.sessions = [];
                this.stateMachine = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeSnapshot members.
             * @member {Array.<ruvraft.node.MemberAddress.$Properties>} members
             * @memberof ruvraft.node.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.members = $util.emptyArray;

            /**
             * NodeSnapshot sessions.
             * @member {Array.<ruvraft.node.Session.$Properties>} sessions
             * @memberof ruvraft.node.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.sessions = $util.emptyArray;

            /**
             * NodeSnapshot stateMachine.
             * @member {Array.<Uint8Array>} stateMachine
             * @memberof ruvraft.node.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.stateMachine = $util.emptyArray;

            /**
             * Creates a new NodeSnapshot instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.NodeSnapshot
             * @static
             * @param {ruvraft.node.NodeSnapshot.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.NodeSnapshot} NodeSnapshot instance
             * @type {{
             *   (properties: ruvraft.node.NodeSnapshot.$Shape): ruvraft.node.NodeSnapshot & ruvraft.node.NodeSnapshot.$Shape;
             *   (properties?: ruvraft.node.NodeSnapshot.$Properties): ruvraft.node.NodeSnapshot;
             * }}
             */
            NodeSnapshot.create = function(properties) {
                return new NodeSnapshot(properties);
            };

            /**
             * Encodes the specified NodeSnapshot message. Does not implicitly {@link ruvraft.node.NodeSnapshot.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.NodeSnapshot
             * @static
             * @param {ruvraft.node.NodeSnapshot.$Properties} message NodeSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.ruvraft.node.MemberAddress.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sessions != null && message.sessions.length)
                    for (let i = 0; i < message.sessions.length; ++i)
                        $root.ruvraft.node.Session.encode(message.sessions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.stateMachine != null && message.stateMachine.length)
                    for (let i = 0; i < message.stateMachine.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.stateMachine[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.NodeSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.NodeSnapshot & ruvraft.node.NodeSnapshot.$Shape} NodeSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSnapshot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.NodeSnapshot();
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
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.ruvraft.node.MemberAddress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.ruvraft.node.Session.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stateMachine && message.stateMachine.length))
                                message.stateMachine = [];
                            message.stateMachine.push(reader.bytes());
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
             * Gets the type url for NodeSnapshot
             * @function getTypeUrl
             * @memberof ruvraft.node.NodeSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.NodeSnapshot";
            };

            return NodeSnapshot;
        })();

        node.KvSnapshot = (function() {

            /**
             * Properties of a KvSnapshot.
             * @typedef {Object} ruvraft.node.KvSnapshot.$Properties
             * @property {Array.<ruvraft.node.KvPair.$Properties>|null} [pairs] KvSnapshot pairs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvSnapshot.
             * @memberof ruvraft.node
             * @interface IKvSnapshot
             * @augments ruvraft.node.KvSnapshot.$Properties
             * @deprecated Use ruvraft.node.KvSnapshot.$Properties instead.
             */

            /**
             * Shape of a KvSnapshot.
             * @typedef {ruvraft.node.KvSnapshot.$Properties} ruvraft.node.KvSnapshot.$Shape
             */

            /**
             * Constructs a new KvSnapshot.
             * @memberof ruvraft.node
             * @classdesc Represents a KvSnapshot.
             * @constructor
             * @param {ruvraft.node.KvSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvSnapshot = function (properties) {
                this.pairs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvSnapshot pairs.
             * @member {Array.<ruvraft.node.KvPair.$Properties>} pairs
             * @memberof ruvraft.node.KvSnapshot
             * @instance
             */
            KvSnapshot.prototype.pairs = $util.emptyArray;

            /**
             * Creates a new KvSnapshot instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.KvSnapshot
             * @static
             * @param {ruvraft.node.KvSnapshot.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.KvSnapshot} KvSnapshot instance
             * @type {{
             *   (properties: ruvraft.node.KvSnapshot.$Shape): ruvraft.node.KvSnapshot & ruvraft.node.KvSnapshot.$Shape;
             *   (properties?: ruvraft.node.KvSnapshot.$Properties): ruvraft.node.KvSnapshot;
             * }}
             */
            KvSnapshot.create = function(properties) {
                return new KvSnapshot(properties);
            };

            /**
             * Encodes the specified KvSnapshot message. Does not implicitly {@link ruvraft.node.KvSnapshot.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.KvSnapshot
             * @static
             * @param {ruvraft.node.KvSnapshot.$Properties} message KvSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pairs != null && message.pairs.length)
                    for (let i = 0; i < message.pairs.length; ++i)
                        $root.ruvraft.node.KvPair.encode(message.pairs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KvSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.KvSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.KvSnapshot & ruvraft.node.KvSnapshot.$Shape} KvSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvSnapshot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.KvSnapshot();
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
                            if (!(message.pairs && message.pairs.length))
                                message.pairs = [];
                            message.pairs.push($root.ruvraft.node.KvPair.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Gets the type url for KvSnapshot
             * @function getTypeUrl
             * @memberof ruvraft.node.KvSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.KvSnapshot";
            };

            return KvSnapshot;
        })();

        node.KvPair = (function() {

            /**
             * Properties of a KvPair.
             * @typedef {Object} ruvraft.node.KvPair.$Properties
             * @property {string|null} [key] KvPair key
             * @property {string|null} [value] KvPair value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvPair.
             * @memberof ruvraft.node
             * @interface IKvPair
             * @augments ruvraft.node.KvPair.$Properties
             * @deprecated Use ruvraft.node.KvPair.$Properties instead.
             */

            /**
             * Shape of a KvPair.
             * @typedef {ruvraft.node.KvPair.$Properties} ruvraft.node.KvPair.$Shape
             */

            /**
             * Constructs a new KvPair.
             * @memberof ruvraft.node
             * @classdesc Represents a KvPair.
             * @constructor
             * @param {ruvraft.node.KvPair.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvPair = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvPair key.
             * @member {string} key
             * @memberof ruvraft.node.KvPair
             * @instance
             */
            KvPair.prototype.key = "";

            /**
             * KvPair value.
             * @member {string} value
             * @memberof ruvraft.node.KvPair
             * @instance
             */
            KvPair.prototype.value = "";

            /**
             * Creates a new KvPair instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.KvPair
             * @static
             * @param {ruvraft.node.KvPair.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.KvPair} KvPair instance
             * @type {{
             *   (properties: ruvraft.node.KvPair.$Shape): ruvraft.node.KvPair & ruvraft.node.KvPair.$Shape;
             *   (properties?: ruvraft.node.KvPair.$Properties): ruvraft.node.KvPair;
             * }}
             */
            KvPair.create = function(properties) {
                return new KvPair(properties);
            };

            /**
             * Encodes the specified KvPair message. Does not implicitly {@link ruvraft.node.KvPair.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.KvPair
             * @static
             * @param {ruvraft.node.KvPair.$Properties} message KvPair message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvPair.encode = function (message, writer, _depth) {
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
             * Decodes a KvPair message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.KvPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.KvPair & ruvraft.node.KvPair.$Shape} KvPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvPair.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.KvPair();
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
             * Gets the type url for KvPair
             * @function getTypeUrl
             * @memberof ruvraft.node.KvPair
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvPair.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.KvPair";
            };

            return KvPair;
        })();

        node.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} ruvraft.node.ConfState.$Properties
             * @property {Array.<number>|null} [voters] ConfState voters
             * @property {Array.<number>|null} [votersOutgoing] ConfState votersOutgoing
             * @property {Array.<number>|null} [learners] ConfState learners
             * @property {Array.<number>|null} [learnersNext] ConfState learnersNext
             * @property {boolean|null} [autoLeave] ConfState autoLeave
             * @property {Array.<ruvraft.node.MemberIncarnation.$Properties>|null} [incarnations] ConfState incarnations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof ruvraft.node
             * @interface IConfState
             * @augments ruvraft.node.ConfState.$Properties
             * @deprecated Use ruvraft.node.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {ruvraft.node.ConfState.$Properties} ruvraft.node.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof ruvraft.node
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {ruvraft.node.ConfState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfState = function (properties) {
                this.voters = [];
                this.votersOutgoing = [];
                this.learners = [];
                this.learnersNext = [];
                this.incarnations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfState voters.
             * @member {Array.<number>} voters
             * @memberof ruvraft.node.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState votersOutgoing.
             * @member {Array.<number>} votersOutgoing
             * @memberof ruvraft.node.ConfState
             * @instance
             */
            ConfState.prototype.votersOutgoing = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<number>} learners
             * @memberof ruvraft.node.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * ConfState learnersNext.
             * @member {Array.<number>} learnersNext
             * @memberof ruvraft.node.ConfState
             * @instance
             */
            ConfState.prototype.learnersNext = $util.emptyArray;

            /**
             * ConfState autoLeave.
             * @member {boolean} autoLeave
             * @memberof ruvraft.node.ConfState
             * @instance
             */
            ConfState.prototype.autoLeave = false;

            /**
             * ConfState incarnations.
             * @member {Array.<ruvraft.node.MemberIncarnation.$Properties>} incarnations
             * @memberof ruvraft.node.ConfState
             * @instance
             */
            ConfState.prototype.incarnations = $util.emptyArray;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.ConfState
             * @static
             * @param {ruvraft.node.ConfState.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.ConfState} ConfState instance
             * @type {{
             *   (properties: ruvraft.node.ConfState.$Shape): ruvraft.node.ConfState & ruvraft.node.ConfState.$Shape;
             *   (properties?: ruvraft.node.ConfState.$Properties): ruvraft.node.ConfState;
             * }}
             */
            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link ruvraft.node.ConfState.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.ConfState
             * @static
             * @param {ruvraft.node.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voters != null && message.voters.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.voters);
                if (message.votersOutgoing != null && message.votersOutgoing.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.votersOutgoing);
                if (message.learners != null && message.learners.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.learners);
                if (message.learnersNext != null && message.learnersNext.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.learnersNext);
                if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave") && message.autoLeave !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.autoLeave);
                if (message.incarnations != null && message.incarnations.length)
                    for (let i = 0; i < message.incarnations.length; ++i)
                        $root.ruvraft.node.MemberIncarnation.encode(message.incarnations[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.ConfState & ruvraft.node.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.ConfState();
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
                            if (wireType === 2) {
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                reader.uint64s(message.voters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.uint64());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.votersOutgoing && message.votersOutgoing.length))
                                    message.votersOutgoing = [];
                                reader.uint64s(message.votersOutgoing);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.votersOutgoing && message.votersOutgoing.length))
                                message.votersOutgoing = [];
                            message.votersOutgoing.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                reader.uint64s(message.learners);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learners && message.learners.length))
                                message.learners = [];
                            message.learners.push(reader.uint64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.learnersNext && message.learnersNext.length))
                                    message.learnersNext = [];
                                reader.uint64s(message.learnersNext);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learnersNext && message.learnersNext.length))
                                message.learnersNext = [];
                            message.learnersNext.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoLeave = value;
                            else
                                delete message.autoLeave;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.incarnations && message.incarnations.length))
                                message.incarnations = [];
                            message.incarnations.push($root.ruvraft.node.MemberIncarnation.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Gets the type url for ConfState
             * @function getTypeUrl
             * @memberof ruvraft.node.ConfState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.ConfState";
            };

            return ConfState;
        })();

        node.MemberIncarnation = (function() {

            /**
             * Properties of a MemberIncarnation.
             * @typedef {Object} ruvraft.node.MemberIncarnation.$Properties
             * @property {number|null} [nodeId] MemberIncarnation nodeId
             * @property {number|null} [incarnation] MemberIncarnation incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberIncarnation.
             * @memberof ruvraft.node
             * @interface IMemberIncarnation
             * @augments ruvraft.node.MemberIncarnation.$Properties
             * @deprecated Use ruvraft.node.MemberIncarnation.$Properties instead.
             */

            /**
             * Shape of a MemberIncarnation.
             * @typedef {ruvraft.node.MemberIncarnation.$Properties} ruvraft.node.MemberIncarnation.$Shape
             */

            /**
             * Constructs a new MemberIncarnation.
             * @memberof ruvraft.node
             * @classdesc Represents a MemberIncarnation.
             * @constructor
             * @param {ruvraft.node.MemberIncarnation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberIncarnation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberIncarnation nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.node.MemberIncarnation
             * @instance
             */
            MemberIncarnation.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemberIncarnation incarnation.
             * @member {number} incarnation
             * @memberof ruvraft.node.MemberIncarnation
             * @instance
             */
            MemberIncarnation.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MemberIncarnation instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.MemberIncarnation
             * @static
             * @param {ruvraft.node.MemberIncarnation.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.MemberIncarnation} MemberIncarnation instance
             * @type {{
             *   (properties: ruvraft.node.MemberIncarnation.$Shape): ruvraft.node.MemberIncarnation & ruvraft.node.MemberIncarnation.$Shape;
             *   (properties?: ruvraft.node.MemberIncarnation.$Properties): ruvraft.node.MemberIncarnation;
             * }}
             */
            MemberIncarnation.create = function(properties) {
                return new MemberIncarnation(properties);
            };

            /**
             * Encodes the specified MemberIncarnation message. Does not implicitly {@link ruvraft.node.MemberIncarnation.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.MemberIncarnation
             * @static
             * @param {ruvraft.node.MemberIncarnation.$Properties} message MemberIncarnation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberIncarnation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.incarnation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberIncarnation message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.MemberIncarnation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.MemberIncarnation & ruvraft.node.MemberIncarnation.$Shape} MemberIncarnation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberIncarnation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.MemberIncarnation();
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
                                message.incarnation = value;
                            else
                                delete message.incarnation;
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
             * Gets the type url for MemberIncarnation
             * @function getTypeUrl
             * @memberof ruvraft.node.MemberIncarnation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberIncarnation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.MemberIncarnation";
            };

            return MemberIncarnation;
        })();

        node.SnapshotFileMetadata = (function() {

            /**
             * Properties of a SnapshotFileMetadata.
             * @typedef {Object} ruvraft.node.SnapshotFileMetadata.$Properties
             * @property {number|null} [index] SnapshotFileMetadata index
             * @property {number|null} [term] SnapshotFileMetadata term
             * @property {ruvraft.node.ConfState.$Properties|null} [confState] SnapshotFileMetadata confState
             * @property {number|null} [dataBytes] SnapshotFileMetadata dataBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotFileMetadata.
             * @memberof ruvraft.node
             * @interface ISnapshotFileMetadata
             * @augments ruvraft.node.SnapshotFileMetadata.$Properties
             * @deprecated Use ruvraft.node.SnapshotFileMetadata.$Properties instead.
             */

            /**
             * Shape of a SnapshotFileMetadata.
             * @typedef {ruvraft.node.SnapshotFileMetadata.$Properties} ruvraft.node.SnapshotFileMetadata.$Shape
             */

            /**
             * Constructs a new SnapshotFileMetadata.
             * @memberof ruvraft.node
             * @classdesc Represents a SnapshotFileMetadata.
             * @constructor
             * @param {ruvraft.node.SnapshotFileMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotFileMetadata = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotFileMetadata index.
             * @member {number} index
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @instance
             */
            SnapshotFileMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotFileMetadata term.
             * @member {number} term
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @instance
             */
            SnapshotFileMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotFileMetadata confState.
             * @member {ruvraft.node.ConfState.$Properties|null|undefined} confState
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @instance
             */
            SnapshotFileMetadata.prototype.confState = null;

            /**
             * SnapshotFileMetadata dataBytes.
             * @member {number} dataBytes
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @instance
             */
            SnapshotFileMetadata.prototype.dataBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SnapshotFileMetadata instance using the specified properties.
             * @function create
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @static
             * @param {ruvraft.node.SnapshotFileMetadata.$Properties=} [properties] Properties to set
             * @returns {ruvraft.node.SnapshotFileMetadata} SnapshotFileMetadata instance
             * @type {{
             *   (properties: ruvraft.node.SnapshotFileMetadata.$Shape): ruvraft.node.SnapshotFileMetadata & ruvraft.node.SnapshotFileMetadata.$Shape;
             *   (properties?: ruvraft.node.SnapshotFileMetadata.$Properties): ruvraft.node.SnapshotFileMetadata;
             * }}
             */
            SnapshotFileMetadata.create = function(properties) {
                return new SnapshotFileMetadata(properties);
            };

            /**
             * Encodes the specified SnapshotFileMetadata message. Does not implicitly {@link ruvraft.node.SnapshotFileMetadata.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @static
             * @param {ruvraft.node.SnapshotFileMetadata.$Properties} message SnapshotFileMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotFileMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    $root.ruvraft.node.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.dataBytes != null && $Object.hasOwnProperty.call(message, "dataBytes") && (typeof message.dataBytes === "object" ? message.dataBytes.low || message.dataBytes.high : message.dataBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.dataBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotFileMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.node.SnapshotFileMetadata & ruvraft.node.SnapshotFileMetadata.$Shape} SnapshotFileMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotFileMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.node.SnapshotFileMetadata();
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confState = $root.ruvraft.node.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dataBytes = value;
                            else
                                delete message.dataBytes;
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
             * Gets the type url for SnapshotFileMetadata
             * @function getTypeUrl
             * @memberof ruvraft.node.SnapshotFileMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotFileMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.node.SnapshotFileMetadata";
            };

            return SnapshotFileMetadata;
        })();

        return node;
    })();

    return ruvraft;
})();

export {
  $root as default
};
