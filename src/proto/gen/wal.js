/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ruvraft = $root.ruvraft = (() => {

    /**
     * Namespace ruvraft.
     * @exports ruvraft
     * @namespace
     */
    const ruvraft = {};

    ruvraft.wal = (function() {

        /**
         * Namespace wal.
         * @memberof ruvraft
         * @namespace
         */
        const wal = {};

        /**
         * EntryType enum.
         * @name ruvraft.wal.EntryType
         * @enum {number}
         * @property {number} ENTRY_TYPE_UNSPECIFIED=0 ENTRY_TYPE_UNSPECIFIED value
         * @property {number} ENTRY_TYPE_NORMAL=1 ENTRY_TYPE_NORMAL value
         * @property {number} ENTRY_TYPE_CONF_CHANGE=2 ENTRY_TYPE_CONF_CHANGE value
         * @property {number} ENTRY_TYPE_NO_OP=3 ENTRY_TYPE_NO_OP value
         */
        wal.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENTRY_TYPE_NORMAL"] = 1;
            values[valuesById[2] = "ENTRY_TYPE_CONF_CHANGE"] = 2;
            values[valuesById[3] = "ENTRY_TYPE_NO_OP"] = 3;
            return values;
        })();

        wal.LogEntry = (function() {

            /**
             * Properties of a LogEntry.
             * @typedef {Object} ruvraft.wal.LogEntry.$Properties
             * @property {number|null} [index] LogEntry index
             * @property {number|null} [term] LogEntry term
             * @property {ruvraft.wal.EntryType|null} [type] LogEntry type
             * @property {Uint8Array|null} [data] LogEntry data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogEntry.
             * @memberof ruvraft.wal
             * @interface ILogEntry
             * @augments ruvraft.wal.LogEntry.$Properties
             * @deprecated Use ruvraft.wal.LogEntry.$Properties instead.
             */

            /**
             * Shape of a LogEntry.
             * @typedef {ruvraft.wal.LogEntry.$Properties} ruvraft.wal.LogEntry.$Shape
             */

            /**
             * Constructs a new LogEntry.
             * @memberof ruvraft.wal
             * @classdesc Represents a LogEntry.
             * @constructor
             * @param {ruvraft.wal.LogEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogEntry index.
             * @member {number} index
             * @memberof ruvraft.wal.LogEntry
             * @instance
             */
            LogEntry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogEntry term.
             * @member {number} term
             * @memberof ruvraft.wal.LogEntry
             * @instance
             */
            LogEntry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogEntry type.
             * @member {ruvraft.wal.EntryType} type
             * @memberof ruvraft.wal.LogEntry
             * @instance
             */
            LogEntry.prototype.type = 0;

            /**
             * LogEntry data.
             * @member {Uint8Array} data
             * @memberof ruvraft.wal.LogEntry
             * @instance
             */
            LogEntry.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new LogEntry instance using the specified properties.
             * @function create
             * @memberof ruvraft.wal.LogEntry
             * @static
             * @param {ruvraft.wal.LogEntry.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wal.LogEntry} LogEntry instance
             * @type {{
             *   (properties: ruvraft.wal.LogEntry.$Shape): ruvraft.wal.LogEntry & ruvraft.wal.LogEntry.$Shape;
             *   (properties?: ruvraft.wal.LogEntry.$Properties): ruvraft.wal.LogEntry;
             * }}
             */
            LogEntry.create = function(properties) {
                return new LogEntry(properties);
            };

            /**
             * Encodes the specified LogEntry message. Does not implicitly {@link ruvraft.wal.LogEntry.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wal.LogEntry
             * @static
             * @param {ruvraft.wal.LogEntry.$Properties} message LogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogEntry.encode = function (message, writer, _depth) {
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
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogEntry message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wal.LogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wal.LogEntry & ruvraft.wal.LogEntry.$Shape} LogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wal.LogEntry();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Gets the type url for LogEntry
             * @function getTypeUrl
             * @memberof ruvraft.wal.LogEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wal.LogEntry";
            };

            return LogEntry;
        })();

        wal.HardState = (function() {

            /**
             * Properties of a HardState.
             * @typedef {Object} ruvraft.wal.HardState.$Properties
             * @property {number|null} [term] HardState term
             * @property {number|null} [vote] HardState vote
             * @property {number|null} [commit] HardState commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HardState.
             * @memberof ruvraft.wal
             * @interface IHardState
             * @augments ruvraft.wal.HardState.$Properties
             * @deprecated Use ruvraft.wal.HardState.$Properties instead.
             */

            /**
             * Shape of a HardState.
             * @typedef {ruvraft.wal.HardState.$Properties} ruvraft.wal.HardState.$Shape
             */

            /**
             * Constructs a new HardState.
             * @memberof ruvraft.wal
             * @classdesc Represents a HardState.
             * @constructor
             * @param {ruvraft.wal.HardState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HardState term.
             * @member {number} term
             * @memberof ruvraft.wal.HardState
             * @instance
             */
            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState vote.
             * @member {number} vote
             * @memberof ruvraft.wal.HardState
             * @instance
             */
            HardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState commit.
             * @member {number} commit
             * @memberof ruvraft.wal.HardState
             * @instance
             */
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HardState instance using the specified properties.
             * @function create
             * @memberof ruvraft.wal.HardState
             * @static
             * @param {ruvraft.wal.HardState.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wal.HardState} HardState instance
             * @type {{
             *   (properties: ruvraft.wal.HardState.$Shape): ruvraft.wal.HardState & ruvraft.wal.HardState.$Shape;
             *   (properties?: ruvraft.wal.HardState.$Properties): ruvraft.wal.HardState;
             * }}
             */
            HardState.create = function(properties) {
                return new HardState(properties);
            };

            /**
             * Encodes the specified HardState message. Does not implicitly {@link ruvraft.wal.HardState.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wal.HardState
             * @static
             * @param {ruvraft.wal.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && (typeof message.vote === "object" ? message.vote.low || message.vote.high : message.vote !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.vote);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wal.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wal.HardState & ruvraft.wal.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wal.HardState();
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
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vote = value;
                            else
                                delete message.vote;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
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
             * Gets the type url for HardState
             * @function getTypeUrl
             * @memberof ruvraft.wal.HardState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wal.HardState";
            };

            return HardState;
        })();

        return wal;
    })();

    return ruvraft;
})();

export {
  $root as default
};
