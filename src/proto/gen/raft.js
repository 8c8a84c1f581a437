/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["ruvraft_wire"] || ($protobuf.roots["ruvraft_wire"] = {});

export const ruvraft = $root.ruvraft = (() => {

    /**
     * Namespace ruvraft.
     * @exports ruvraft
     * @namespace
     */
    const ruvraft = {};

    ruvraft.wire = (function() {

        /**
         * Namespace wire.
         * @memberof ruvraft
         * @namespace
         */
        const wire = {};

        wire.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} ruvraft.wire.Envelope.$Properties
             * @property {ruvraft.wire.Hello.$Properties|null} [hello] Envelope hello
             * @property {ruvraft.wire.HelloReply.$Properties|null} [helloReply] Envelope helloReply
             * @property {ruvraft.wire.HelloProof.$Properties|null} [proof] Envelope proof
             * @property {ruvraft.wire.RaftMessage.$Properties|null} [raft] Envelope raft
             * @property {ruvraft.wire.SnapshotChunk.$Properties|null} [snapshotChunk] Envelope snapshotChunk
             * @property {ruvraft.wire.SnapshotAck.$Properties|null} [snapshotAck] Envelope snapshotAck
             * @property {ruvraft.wire.ClientRequest.$Properties|null} [clientRequest] Envelope clientRequest
             * @property {ruvraft.wire.ClientResponse.$Properties|null} [clientResponse] Envelope clientResponse
             * @property {ruvraft.wire.Goodbye.$Properties|null} [goodbye] Envelope goodbye
             * @property {ruvraft.wire.Welcome.$Properties|null} [welcome] Envelope welcome
             * @property {"hello"|"helloReply"|"proof"|"raft"|"snapshotChunk"|"snapshotAck"|"clientRequest"|"clientResponse"|"goodbye"|"welcome"} [kind] Envelope kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof ruvraft.wire
             * @interface IEnvelope
             * @augments ruvraft.wire.Envelope.$Properties
             * @deprecated Use ruvraft.wire.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   hello?: ruvraft.wire.Hello.$Shape|null;
             *   helloReply?: ruvraft.wire.HelloReply.$Shape|null;
             *   proof?: ruvraft.wire.HelloProof.$Shape|null;
             *   raft?: ruvraft.wire.RaftMessage.$Shape|null;
             *   snapshotChunk?: ruvraft.wire.SnapshotChunk.$Shape|null;
             *   snapshotAck?: ruvraft.wire.SnapshotAck.$Shape|null;
             *   clientRequest?: ruvraft.wire.ClientRequest.$Shape|null;
             *   clientResponse?: ruvraft.wire.ClientResponse.$Shape|null;
             *   goodbye?: ruvraft.wire.Goodbye.$Shape|null;
             *   welcome?: ruvraft.wire.Welcome.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "hello"; hello: ruvraft.wire.Hello.$Shape; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "helloReply"; hello?: null; helloReply: ruvraft.wire.HelloReply.$Shape; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "proof"; hello?: null; helloReply?: null; proof: ruvraft.wire.HelloProof.$Shape; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "raft"; hello?: null; helloReply?: null; proof?: null; raft: ruvraft.wire.RaftMessage.$Shape; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "snapshotChunk"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk: ruvraft.wire.SnapshotChunk.$Shape; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "snapshotAck"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck: ruvraft.wire.SnapshotAck.$Shape; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "clientRequest"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest: ruvraft.wire.ClientRequest.$Shape; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "clientResponse"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse: ruvraft.wire.ClientResponse.$Shape; goodbye?: null; welcome?: null }|{ kind?: "goodbye"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye: ruvraft.wire.Goodbye.$Shape; welcome?: null }|{ kind?: "welcome"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome: ruvraft.wire.Welcome.$Shape })
             * )} ruvraft.wire.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof ruvraft.wire
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {ruvraft.wire.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope hello.
             * @member {ruvraft.wire.Hello.$Properties|null|undefined} hello
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope helloReply.
             * @member {ruvraft.wire.HelloReply.$Properties|null|undefined} helloReply
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.helloReply = null;

            /**
             * Envelope proof.
             * @member {ruvraft.wire.HelloProof.$Properties|null|undefined} proof
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.proof = null;

            /**
             * Envelope raft.
             * @member {ruvraft.wire.RaftMessage.$Properties|null|undefined} raft
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.raft = null;

            /**
             * Envelope snapshotChunk.
             * @member {ruvraft.wire.SnapshotChunk.$Properties|null|undefined} snapshotChunk
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.snapshotChunk = null;

            /**
             * Envelope snapshotAck.
             * @member {ruvraft.wire.SnapshotAck.$Properties|null|undefined} snapshotAck
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.snapshotAck = null;

            /**
             * Envelope clientRequest.
             * @member {ruvraft.wire.ClientRequest.$Properties|null|undefined} clientRequest
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.clientRequest = null;

            /**
             * Envelope clientResponse.
             * @member {ruvraft.wire.ClientResponse.$Properties|null|undefined} clientResponse
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.clientResponse = null;

            /**
             * Envelope goodbye.
             * @member {ruvraft.wire.Goodbye.$Properties|null|undefined} goodbye
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.goodbye = null;

            /**
             * Envelope welcome.
             * @member {ruvraft.wire.Welcome.$Properties|null|undefined} welcome
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope kind.
             * @member {"hello"|"helloReply"|"proof"|"raft"|"snapshotChunk"|"snapshotAck"|"clientRequest"|"clientResponse"|"goodbye"|"welcome"|undefined} kind
             * @memberof ruvraft.wire.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "helloReply", "proof", "raft", "snapshotChunk", "snapshotAck", "clientRequest", "clientResponse", "goodbye", "welcome"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Envelope
             * @static
             * @param {ruvraft.wire.Envelope.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Envelope} Envelope instance
             * @type {{
             *   (properties: ruvraft.wire.Envelope.$Shape): ruvraft.wire.Envelope & ruvraft.wire.Envelope.$Shape;
             *   (properties?: ruvraft.wire.Envelope.$Properties): ruvraft.wire.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link ruvraft.wire.Envelope.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Envelope
             * @static
             * @param {ruvraft.wire.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.ruvraft.wire.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.helloReply != null && $Object.hasOwnProperty.call(message, "helloReply"))
                    $root.ruvraft.wire.HelloReply.encode(message.helloReply, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    $root.ruvraft.wire.HelloProof.encode(message.proof, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.raft != null && $Object.hasOwnProperty.call(message, "raft"))
                    $root.ruvraft.wire.RaftMessage.encode(message.raft, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk"))
                    $root.ruvraft.wire.SnapshotChunk.encode(message.snapshotChunk, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.snapshotAck != null && $Object.hasOwnProperty.call(message, "snapshotAck"))
                    $root.ruvraft.wire.SnapshotAck.encode(message.snapshotAck, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.clientRequest != null && $Object.hasOwnProperty.call(message, "clientRequest"))
                    $root.ruvraft.wire.ClientRequest.encode(message.clientRequest, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.clientResponse != null && $Object.hasOwnProperty.call(message, "clientResponse"))
                    $root.ruvraft.wire.ClientResponse.encode(message.clientResponse, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.goodbye != null && $Object.hasOwnProperty.call(message, "goodbye"))
                    $root.ruvraft.wire.Goodbye.encode(message.goodbye, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.ruvraft.wire.Welcome.encode(message.welcome, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Envelope & ruvraft.wire.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Envelope();
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
                            message.hello = $root.ruvraft.wire.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.kind = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.helloReply = $root.ruvraft.wire.HelloReply.decode(reader, reader.size(), $undefined, _depth + 1, message.helloReply);
                            message.kind = "helloReply";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.proof = $root.ruvraft.wire.HelloProof.decode(reader, reader.size(), $undefined, _depth + 1, message.proof);
                            message.kind = "proof";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.raft = $root.ruvraft.wire.RaftMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.raft);
                            message.kind = "raft";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.snapshotChunk = $root.ruvraft.wire.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotChunk);
                            message.kind = "snapshotChunk";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.snapshotAck = $root.ruvraft.wire.SnapshotAck.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotAck);
                            message.kind = "snapshotAck";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.clientRequest = $root.ruvraft.wire.ClientRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.clientRequest);
                            message.kind = "clientRequest";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.clientResponse = $root.ruvraft.wire.ClientResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.clientResponse);
                            message.kind = "clientResponse";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.goodbye = $root.ruvraft.wire.Goodbye.decode(reader, reader.size(), $undefined, _depth + 1, message.goodbye);
                            message.kind = "goodbye";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.ruvraft.wire.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.kind = "welcome";
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
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof ruvraft.wire.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Envelope";
            };

            return Envelope;
        })();

        wire.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} ruvraft.wire.Hello.$Properties
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [clusterId] Hello clusterId
             * @property {number|null} [nodeId] Hello nodeId
             * @property {Uint8Array|null} [nonce] Hello nonce
             * @property {number|null} [targetNodeId] Hello targetNodeId
             * @property {number|null} [incarnation] Hello incarnation
             * @property {number|null} [generation] Hello generation
             * @property {ruvraft.wire.Credential|null} [credential] Hello credential
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof ruvraft.wire
             * @interface IHello
             * @augments ruvraft.wire.Hello.$Properties
             * @deprecated Use ruvraft.wire.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {ruvraft.wire.Hello.$Properties} ruvraft.wire.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof ruvraft.wire
             * @classdesc Represents a Hello.
             * @constructor
             * @param {ruvraft.wire.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello clusterId.
             * @member {string} clusterId
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.clusterId = "";

            /**
             * Hello nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello nonce.
             * @member {Uint8Array} nonce
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.nonce = $util.newBuffer([]);

            /**
             * Hello targetNodeId.
             * @member {number} targetNodeId
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.targetNodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello incarnation.
             * @member {number} incarnation
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello generation.
             * @member {number} generation
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello credential.
             * @member {ruvraft.wire.Credential} credential
             * @memberof ruvraft.wire.Hello
             * @instance
             */
            Hello.prototype.credential = 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Hello
             * @static
             * @param {ruvraft.wire.Hello.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Hello} Hello instance
             * @type {{
             *   (properties: ruvraft.wire.Hello.$Shape): ruvraft.wire.Hello & ruvraft.wire.Hello.$Shape;
             *   (properties?: ruvraft.wire.Hello.$Properties): ruvraft.wire.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link ruvraft.wire.Hello.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Hello
             * @static
             * @param {ruvraft.wire.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nodeId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
                if (message.targetNodeId != null && $Object.hasOwnProperty.call(message, "targetNodeId") && (typeof message.targetNodeId === "object" ? message.targetNodeId.low || message.targetNodeId.high : message.targetNodeId !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.targetNodeId);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.incarnation);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.generation);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential") && message.credential !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.credential);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Hello & ruvraft.wire.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Hello();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
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
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.targetNodeId = value;
                            else
                                delete message.targetNodeId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.credential = value;
                            else
                                delete message.credential;
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
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof ruvraft.wire.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Hello";
            };

            return Hello;
        })();

        /**
         * Credential enum.
         * @name ruvraft.wire.Credential
         * @enum {number}
         * @property {number} CREDENTIAL_CLUSTER=0 CREDENTIAL_CLUSTER value
         * @property {number} CREDENTIAL_CLIENT=1 CREDENTIAL_CLIENT value
         */
        wire.Credential = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CREDENTIAL_CLUSTER"] = 0;
            values[valuesById[1] = "CREDENTIAL_CLIENT"] = 1;
            return values;
        })();

        wire.HelloReply = (function() {

            /**
             * Properties of a HelloReply.
             * @typedef {Object} ruvraft.wire.HelloReply.$Properties
             * @property {number|null} [protocolVersion] HelloReply protocolVersion
             * @property {string|null} [clusterId] HelloReply clusterId
             * @property {number|null} [nodeId] HelloReply nodeId
             * @property {Uint8Array|null} [nonce] HelloReply nonce
             * @property {Uint8Array|null} [proof] HelloReply proof
             * @property {number|null} [incarnation] HelloReply incarnation
             * @property {number|null} [generation] HelloReply generation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloReply.
             * @memberof ruvraft.wire
             * @interface IHelloReply
             * @augments ruvraft.wire.HelloReply.$Properties
             * @deprecated Use ruvraft.wire.HelloReply.$Properties instead.
             */

            /**
             * Shape of a HelloReply.
             * @typedef {ruvraft.wire.HelloReply.$Properties} ruvraft.wire.HelloReply.$Shape
             */

            /**
             * Constructs a new HelloReply.
             * @memberof ruvraft.wire
             * @classdesc Represents a HelloReply.
             * @constructor
             * @param {ruvraft.wire.HelloReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloReply protocolVersion.
             * @member {number} protocolVersion
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.protocolVersion = 0;

            /**
             * HelloReply clusterId.
             * @member {string} clusterId
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.clusterId = "";

            /**
             * HelloReply nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HelloReply nonce.
             * @member {Uint8Array} nonce
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.nonce = $util.newBuffer([]);

            /**
             * HelloReply proof.
             * @member {Uint8Array} proof
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.proof = $util.newBuffer([]);

            /**
             * HelloReply incarnation.
             * @member {number} incarnation
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HelloReply generation.
             * @member {number} generation
             * @memberof ruvraft.wire.HelloReply
             * @instance
             */
            HelloReply.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.HelloReply
             * @static
             * @param {ruvraft.wire.HelloReply.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.HelloReply} HelloReply instance
             * @type {{
             *   (properties: ruvraft.wire.HelloReply.$Shape): ruvraft.wire.HelloReply & ruvraft.wire.HelloReply.$Shape;
             *   (properties?: ruvraft.wire.HelloReply.$Properties): ruvraft.wire.HelloReply;
             * }}
             */
            HelloReply.create = function(properties) {
                return new HelloReply(properties);
            };

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link ruvraft.wire.HelloReply.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.HelloReply
             * @static
             * @param {ruvraft.wire.HelloReply.$Properties} message HelloReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nodeId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.proof);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.incarnation);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.generation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.HelloReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.HelloReply & ruvraft.wire.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.HelloReply();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
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
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
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
             * Gets the type url for HelloReply
             * @function getTypeUrl
             * @memberof ruvraft.wire.HelloReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.HelloReply";
            };

            return HelloReply;
        })();

        wire.HelloProof = (function() {

            /**
             * Properties of a HelloProof.
             * @typedef {Object} ruvraft.wire.HelloProof.$Properties
             * @property {Uint8Array|null} [proof] HelloProof proof
             * @property {number|null} [generation] HelloProof generation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloProof.
             * @memberof ruvraft.wire
             * @interface IHelloProof
             * @augments ruvraft.wire.HelloProof.$Properties
             * @deprecated Use ruvraft.wire.HelloProof.$Properties instead.
             */

            /**
             * Shape of a HelloProof.
             * @typedef {ruvraft.wire.HelloProof.$Properties} ruvraft.wire.HelloProof.$Shape
             */

            /**
             * Constructs a new HelloProof.
             * @memberof ruvraft.wire
             * @classdesc Represents a HelloProof.
             * @constructor
             * @param {ruvraft.wire.HelloProof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloProof = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloProof proof.
             * @member {Uint8Array} proof
             * @memberof ruvraft.wire.HelloProof
             * @instance
             */
            HelloProof.prototype.proof = $util.newBuffer([]);

            /**
             * HelloProof generation.
             * @member {number} generation
             * @memberof ruvraft.wire.HelloProof
             * @instance
             */
            HelloProof.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HelloProof instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.HelloProof
             * @static
             * @param {ruvraft.wire.HelloProof.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.HelloProof} HelloProof instance
             * @type {{
             *   (properties: ruvraft.wire.HelloProof.$Shape): ruvraft.wire.HelloProof & ruvraft.wire.HelloProof.$Shape;
             *   (properties?: ruvraft.wire.HelloProof.$Properties): ruvraft.wire.HelloProof;
             * }}
             */
            HelloProof.create = function(properties) {
                return new HelloProof(properties);
            };

            /**
             * Encodes the specified HelloProof message. Does not implicitly {@link ruvraft.wire.HelloProof.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.HelloProof
             * @static
             * @param {ruvraft.wire.HelloProof.$Properties} message HelloProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proof);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.generation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloProof message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.HelloProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.HelloProof & ruvraft.wire.HelloProof.$Shape} HelloProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloProof.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.HelloProof();
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
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
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
             * Gets the type url for HelloProof
             * @function getTypeUrl
             * @memberof ruvraft.wire.HelloProof
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloProof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.HelloProof";
            };

            return HelloProof;
        })();

        wire.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} ruvraft.wire.Welcome.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof ruvraft.wire
             * @interface IWelcome
             * @augments ruvraft.wire.Welcome.$Properties
             * @deprecated Use ruvraft.wire.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {ruvraft.wire.Welcome.$Properties} ruvraft.wire.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof ruvraft.wire
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {ruvraft.wire.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Welcome
             * @static
             * @param {ruvraft.wire.Welcome.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Welcome} Welcome instance
             * @type {{
             *   (properties: ruvraft.wire.Welcome.$Shape): ruvraft.wire.Welcome & ruvraft.wire.Welcome.$Shape;
             *   (properties?: ruvraft.wire.Welcome.$Properties): ruvraft.wire.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link ruvraft.wire.Welcome.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Welcome
             * @static
             * @param {ruvraft.wire.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
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
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Welcome & ruvraft.wire.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Welcome();
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
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof ruvraft.wire.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Welcome";
            };

            return Welcome;
        })();

        wire.Goodbye = (function() {

            /**
             * Properties of a Goodbye.
             * @typedef {Object} ruvraft.wire.Goodbye.$Properties
             * @property {string|null} [code] Goodbye code
             * @property {string|null} [reason] Goodbye reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Goodbye.
             * @memberof ruvraft.wire
             * @interface IGoodbye
             * @augments ruvraft.wire.Goodbye.$Properties
             * @deprecated Use ruvraft.wire.Goodbye.$Properties instead.
             */

            /**
             * Shape of a Goodbye.
             * @typedef {ruvraft.wire.Goodbye.$Properties} ruvraft.wire.Goodbye.$Shape
             */

            /**
             * Constructs a new Goodbye.
             * @memberof ruvraft.wire
             * @classdesc Represents a Goodbye.
             * @constructor
             * @param {ruvraft.wire.Goodbye.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Goodbye = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Goodbye code.
             * @member {string} code
             * @memberof ruvraft.wire.Goodbye
             * @instance
             */
            Goodbye.prototype.code = "";

            /**
             * Goodbye reason.
             * @member {string} reason
             * @memberof ruvraft.wire.Goodbye
             * @instance
             */
            Goodbye.prototype.reason = "";

            /**
             * Creates a new Goodbye instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Goodbye
             * @static
             * @param {ruvraft.wire.Goodbye.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Goodbye} Goodbye instance
             * @type {{
             *   (properties: ruvraft.wire.Goodbye.$Shape): ruvraft.wire.Goodbye & ruvraft.wire.Goodbye.$Shape;
             *   (properties?: ruvraft.wire.Goodbye.$Properties): ruvraft.wire.Goodbye;
             * }}
             */
            Goodbye.create = function(properties) {
                return new Goodbye(properties);
            };

            /**
             * Encodes the specified Goodbye message. Does not implicitly {@link ruvraft.wire.Goodbye.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Goodbye
             * @static
             * @param {ruvraft.wire.Goodbye.$Properties} message Goodbye message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Goodbye.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Goodbye message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Goodbye
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Goodbye & ruvraft.wire.Goodbye.$Shape} Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Goodbye.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Goodbye();
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
                                message.code = value;
                            else
                                delete message.code;
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
             * Gets the type url for Goodbye
             * @function getTypeUrl
             * @memberof ruvraft.wire.Goodbye
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Goodbye.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Goodbye";
            };

            return Goodbye;
        })();

        /**
         * MessageType enum.
         * @name ruvraft.wire.MessageType
         * @enum {number}
         * @property {number} MESSAGE_TYPE_UNSPECIFIED=0 MESSAGE_TYPE_UNSPECIFIED value
         * @property {number} MESSAGE_TYPE_VOTE=1 MESSAGE_TYPE_VOTE value
         * @property {number} MESSAGE_TYPE_VOTE_RESPONSE=2 MESSAGE_TYPE_VOTE_RESPONSE value
         * @property {number} MESSAGE_TYPE_PRE_VOTE=3 MESSAGE_TYPE_PRE_VOTE value
         * @property {number} MESSAGE_TYPE_PRE_VOTE_RESPONSE=4 MESSAGE_TYPE_PRE_VOTE_RESPONSE value
         * @property {number} MESSAGE_TYPE_APPEND=5 MESSAGE_TYPE_APPEND value
         * @property {number} MESSAGE_TYPE_APPEND_RESPONSE=6 MESSAGE_TYPE_APPEND_RESPONSE value
         * @property {number} MESSAGE_TYPE_HEARTBEAT=7 MESSAGE_TYPE_HEARTBEAT value
         * @property {number} MESSAGE_TYPE_HEARTBEAT_RESPONSE=8 MESSAGE_TYPE_HEARTBEAT_RESPONSE value
         * @property {number} MESSAGE_TYPE_SNAPSHOT=9 MESSAGE_TYPE_SNAPSHOT value
         * @property {number} MESSAGE_TYPE_TIMEOUT_NOW=10 MESSAGE_TYPE_TIMEOUT_NOW value
         * @property {number} MESSAGE_TYPE_READ_INDEX=11 MESSAGE_TYPE_READ_INDEX value
         * @property {number} MESSAGE_TYPE_READ_INDEX_RESPONSE=12 MESSAGE_TYPE_READ_INDEX_RESPONSE value
         */
        wire.MessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MESSAGE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MESSAGE_TYPE_VOTE"] = 1;
            values[valuesById[2] = "MESSAGE_TYPE_VOTE_RESPONSE"] = 2;
            values[valuesById[3] = "MESSAGE_TYPE_PRE_VOTE"] = 3;
            values[valuesById[4] = "MESSAGE_TYPE_PRE_VOTE_RESPONSE"] = 4;
            values[valuesById[5] = "MESSAGE_TYPE_APPEND"] = 5;
            values[valuesById[6] = "MESSAGE_TYPE_APPEND_RESPONSE"] = 6;
            values[valuesById[7] = "MESSAGE_TYPE_HEARTBEAT"] = 7;
            values[valuesById[8] = "MESSAGE_TYPE_HEARTBEAT_RESPONSE"] = 8;
            values[valuesById[9] = "MESSAGE_TYPE_SNAPSHOT"] = 9;
            values[valuesById[10] = "MESSAGE_TYPE_TIMEOUT_NOW"] = 10;
            values[valuesById[11] = "MESSAGE_TYPE_READ_INDEX"] = 11;
            values[valuesById[12] = "MESSAGE_TYPE_READ_INDEX_RESPONSE"] = 12;
            return values;
        })();

        /**
         * EntryType enum.
         * @name ruvraft.wire.EntryType
         * @enum {number}
         * @property {number} ENTRY_TYPE_UNSPECIFIED=0 ENTRY_TYPE_UNSPECIFIED value
         * @property {number} ENTRY_TYPE_NORMAL=1 ENTRY_TYPE_NORMAL value
         * @property {number} ENTRY_TYPE_CONF_CHANGE=2 ENTRY_TYPE_CONF_CHANGE value
         * @property {number} ENTRY_TYPE_NO_OP=3 ENTRY_TYPE_NO_OP value
         */
        wire.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENTRY_TYPE_NORMAL"] = 1;
            values[valuesById[2] = "ENTRY_TYPE_CONF_CHANGE"] = 2;
            values[valuesById[3] = "ENTRY_TYPE_NO_OP"] = 3;
            return values;
        })();

        wire.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} ruvraft.wire.Entry.$Properties
             * @property {number|null} [index] Entry index
             * @property {number|null} [term] Entry term
             * @property {ruvraft.wire.EntryType|null} [type] Entry type
             * @property {Uint8Array|null} [data] Entry data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof ruvraft.wire
             * @interface IEntry
             * @augments ruvraft.wire.Entry.$Properties
             * @deprecated Use ruvraft.wire.Entry.$Properties instead.
             */

            /**
             * Shape of an Entry.
             * @typedef {ruvraft.wire.Entry.$Properties} ruvraft.wire.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof ruvraft.wire
             * @classdesc Represents an Entry.
             * @constructor
             * @param {ruvraft.wire.Entry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Entry index.
             * @member {number} index
             * @memberof ruvraft.wire.Entry
             * @instance
             */
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry term.
             * @member {number} term
             * @memberof ruvraft.wire.Entry
             * @instance
             */
            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry type.
             * @member {ruvraft.wire.EntryType} type
             * @memberof ruvraft.wire.Entry
             * @instance
             */
            Entry.prototype.type = 0;

            /**
             * Entry data.
             * @member {Uint8Array} data
             * @memberof ruvraft.wire.Entry
             * @instance
             */
            Entry.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Entry instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Entry
             * @static
             * @param {ruvraft.wire.Entry.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Entry} Entry instance
             * @type {{
             *   (properties: ruvraft.wire.Entry.$Shape): ruvraft.wire.Entry & ruvraft.wire.Entry.$Shape;
             *   (properties?: ruvraft.wire.Entry.$Properties): ruvraft.wire.Entry;
             * }}
             */
            Entry.create = function(properties) {
                return new Entry(properties);
            };

            /**
             * Encodes the specified Entry message. Does not implicitly {@link ruvraft.wire.Entry.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Entry
             * @static
             * @param {ruvraft.wire.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encode = function (message, writer, _depth) {
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
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Entry & ruvraft.wire.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Entry();
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
             * Gets the type url for Entry
             * @function getTypeUrl
             * @memberof ruvraft.wire.Entry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Entry";
            };

            return Entry;
        })();

        wire.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} ruvraft.wire.ConfState.$Properties
             * @property {Array.<number>|null} [voters] ConfState voters
             * @property {Array.<number>|null} [votersOutgoing] ConfState votersOutgoing
             * @property {Array.<number>|null} [learners] ConfState learners
             * @property {Array.<number>|null} [learnersNext] ConfState learnersNext
             * @property {boolean|null} [autoLeave] ConfState autoLeave
             * @property {Array.<ruvraft.wire.MemberIncarnation.$Properties>|null} [incarnations] ConfState incarnations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof ruvraft.wire
             * @interface IConfState
             * @augments ruvraft.wire.ConfState.$Properties
             * @deprecated Use ruvraft.wire.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {ruvraft.wire.ConfState.$Properties} ruvraft.wire.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof ruvraft.wire
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {ruvraft.wire.ConfState.$Properties=} [properties] Properties to set
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
             * @memberof ruvraft.wire.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState votersOutgoing.
             * @member {Array.<number>} votersOutgoing
             * @memberof ruvraft.wire.ConfState
             * @instance
             */
            ConfState.prototype.votersOutgoing = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<number>} learners
             * @memberof ruvraft.wire.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * ConfState learnersNext.
             * @member {Array.<number>} learnersNext
             * @memberof ruvraft.wire.ConfState
             * @instance
             */
            ConfState.prototype.learnersNext = $util.emptyArray;

            /**
             * ConfState autoLeave.
             * @member {boolean} autoLeave
             * @memberof ruvraft.wire.ConfState
             * @instance
             */
            ConfState.prototype.autoLeave = false;

            /**
             * ConfState incarnations.
             * @member {Array.<ruvraft.wire.MemberIncarnation.$Properties>} incarnations
             * @memberof ruvraft.wire.ConfState
             * @instance
             */
            ConfState.prototype.incarnations = $util.emptyArray;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.ConfState
             * @static
             * @param {ruvraft.wire.ConfState.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.ConfState} ConfState instance
             * @type {{
             *   (properties: ruvraft.wire.ConfState.$Shape): ruvraft.wire.ConfState & ruvraft.wire.ConfState.$Shape;
             *   (properties?: ruvraft.wire.ConfState.$Properties): ruvraft.wire.ConfState;
             * }}
             */
            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link ruvraft.wire.ConfState.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.ConfState
             * @static
             * @param {ruvraft.wire.ConfState.$Properties} message ConfState message or plain object to encode
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
                        $root.ruvraft.wire.MemberIncarnation.encode(message.incarnations[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.ConfState & ruvraft.wire.ConfState.$Shape} ConfState
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
                message = _target || new $root.ruvraft.wire.ConfState();
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
                            message.incarnations.push($root.ruvraft.wire.MemberIncarnation.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * @memberof ruvraft.wire.ConfState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.ConfState";
            };

            return ConfState;
        })();

        wire.MemberIncarnation = (function() {

            /**
             * Properties of a MemberIncarnation.
             * @typedef {Object} ruvraft.wire.MemberIncarnation.$Properties
             * @property {number|null} [nodeId] MemberIncarnation nodeId
             * @property {number|null} [incarnation] MemberIncarnation incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberIncarnation.
             * @memberof ruvraft.wire
             * @interface IMemberIncarnation
             * @augments ruvraft.wire.MemberIncarnation.$Properties
             * @deprecated Use ruvraft.wire.MemberIncarnation.$Properties instead.
             */

            /**
             * Shape of a MemberIncarnation.
             * @typedef {ruvraft.wire.MemberIncarnation.$Properties} ruvraft.wire.MemberIncarnation.$Shape
             */

            /**
             * Constructs a new MemberIncarnation.
             * @memberof ruvraft.wire
             * @classdesc Represents a MemberIncarnation.
             * @constructor
             * @param {ruvraft.wire.MemberIncarnation.$Properties=} [properties] Properties to set
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
             * @memberof ruvraft.wire.MemberIncarnation
             * @instance
             */
            MemberIncarnation.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemberIncarnation incarnation.
             * @member {number} incarnation
             * @memberof ruvraft.wire.MemberIncarnation
             * @instance
             */
            MemberIncarnation.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MemberIncarnation instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.MemberIncarnation
             * @static
             * @param {ruvraft.wire.MemberIncarnation.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.MemberIncarnation} MemberIncarnation instance
             * @type {{
             *   (properties: ruvraft.wire.MemberIncarnation.$Shape): ruvraft.wire.MemberIncarnation & ruvraft.wire.MemberIncarnation.$Shape;
             *   (properties?: ruvraft.wire.MemberIncarnation.$Properties): ruvraft.wire.MemberIncarnation;
             * }}
             */
            MemberIncarnation.create = function(properties) {
                return new MemberIncarnation(properties);
            };

            /**
             * Encodes the specified MemberIncarnation message. Does not implicitly {@link ruvraft.wire.MemberIncarnation.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.MemberIncarnation
             * @static
             * @param {ruvraft.wire.MemberIncarnation.$Properties} message MemberIncarnation message or plain object to encode
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
             * @memberof ruvraft.wire.MemberIncarnation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.MemberIncarnation & ruvraft.wire.MemberIncarnation.$Shape} MemberIncarnation
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
                message = _target || new $root.ruvraft.wire.MemberIncarnation();
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
             * @memberof ruvraft.wire.MemberIncarnation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberIncarnation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.MemberIncarnation";
            };

            return MemberIncarnation;
        })();

        wire.SnapshotMetadata = (function() {

            /**
             * Properties of a SnapshotMetadata.
             * @typedef {Object} ruvraft.wire.SnapshotMetadata.$Properties
             * @property {number|null} [index] SnapshotMetadata index
             * @property {number|null} [term] SnapshotMetadata term
             * @property {ruvraft.wire.ConfState.$Properties|null} [confState] SnapshotMetadata confState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMetadata.
             * @memberof ruvraft.wire
             * @interface ISnapshotMetadata
             * @augments ruvraft.wire.SnapshotMetadata.$Properties
             * @deprecated Use ruvraft.wire.SnapshotMetadata.$Properties instead.
             */

            /**
             * Shape of a SnapshotMetadata.
             * @typedef {ruvraft.wire.SnapshotMetadata.$Properties} ruvraft.wire.SnapshotMetadata.$Shape
             */

            /**
             * Constructs a new SnapshotMetadata.
             * @memberof ruvraft.wire
             * @classdesc Represents a SnapshotMetadata.
             * @constructor
             * @param {ruvraft.wire.SnapshotMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMetadata = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotMetadata index.
             * @member {number} index
             * @memberof ruvraft.wire.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMetadata term.
             * @member {number} term
             * @memberof ruvraft.wire.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMetadata confState.
             * @member {ruvraft.wire.ConfState.$Properties|null|undefined} confState
             * @memberof ruvraft.wire.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.confState = null;

            /**
             * Creates a new SnapshotMetadata instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.SnapshotMetadata
             * @static
             * @param {ruvraft.wire.SnapshotMetadata.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.SnapshotMetadata} SnapshotMetadata instance
             * @type {{
             *   (properties: ruvraft.wire.SnapshotMetadata.$Shape): ruvraft.wire.SnapshotMetadata & ruvraft.wire.SnapshotMetadata.$Shape;
             *   (properties?: ruvraft.wire.SnapshotMetadata.$Properties): ruvraft.wire.SnapshotMetadata;
             * }}
             */
            SnapshotMetadata.create = function(properties) {
                return new SnapshotMetadata(properties);
            };

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link ruvraft.wire.SnapshotMetadata.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.SnapshotMetadata
             * @static
             * @param {ruvraft.wire.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMetadata.encode = function (message, writer, _depth) {
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
                    $root.ruvraft.wire.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.SnapshotMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotMetadata & ruvraft.wire.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.SnapshotMetadata();
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
                            message.confState = $root.ruvraft.wire.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
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
             * Gets the type url for SnapshotMetadata
             * @function getTypeUrl
             * @memberof ruvraft.wire.SnapshotMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.SnapshotMetadata";
            };

            return SnapshotMetadata;
        })();

        wire.RaftMessage = (function() {

            /**
             * Properties of a RaftMessage.
             * @typedef {Object} ruvraft.wire.RaftMessage.$Properties
             * @property {ruvraft.wire.MessageType|null} [type] RaftMessage type
             * @property {number|null} [from] RaftMessage from
             * @property {number|null} [to] RaftMessage to
             * @property {number|null} [term] RaftMessage term
             * @property {number|null} [lastLogIndex] RaftMessage lastLogIndex
             * @property {number|null} [lastLogTerm] RaftMessage lastLogTerm
             * @property {boolean|null} [transfer] RaftMessage transfer
             * @property {boolean|null} [reject] RaftMessage reject
             * @property {number|null} [prevLogIndex] RaftMessage prevLogIndex
             * @property {number|null} [prevLogTerm] RaftMessage prevLogTerm
             * @property {Array.<ruvraft.wire.Entry.$Properties>|null} [entries] RaftMessage entries
             * @property {number|null} [commit] RaftMessage commit
             * @property {number|null} [index] RaftMessage index
             * @property {number|null} [rejectHintIndex] RaftMessage rejectHintIndex
             * @property {number|null} [rejectHintTerm] RaftMessage rejectHintTerm
             * @property {Uint8Array|null} [context] RaftMessage context
             * @property {number|null} [sentMs] RaftMessage sentMs
             * @property {ruvraft.wire.SnapshotMetadata.$Properties|null} [snapshot] RaftMessage snapshot
             * @property {boolean|null} [lease] RaftMessage lease
             * @property {number|null} [toIncarnation] RaftMessage toIncarnation
             * @property {boolean|null} [commitOnly] RaftMessage commitOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftMessage.
             * @memberof ruvraft.wire
             * @interface IRaftMessage
             * @augments ruvraft.wire.RaftMessage.$Properties
             * @deprecated Use ruvraft.wire.RaftMessage.$Properties instead.
             */

            /**
             * Shape of a RaftMessage.
             * @typedef {ruvraft.wire.RaftMessage.$Properties} ruvraft.wire.RaftMessage.$Shape
             */

            /**
             * Constructs a new RaftMessage.
             * @memberof ruvraft.wire
             * @classdesc Represents a RaftMessage.
             * @constructor
             * @param {ruvraft.wire.RaftMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RaftMessage = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftMessage type.
             * @member {ruvraft.wire.MessageType} type
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.type = 0;

            /**
             * RaftMessage from.
             * @member {number} from
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage to.
             * @member {number} to
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage term.
             * @member {number} term
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage lastLogIndex.
             * @member {number} lastLogIndex
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.lastLogIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage lastLogTerm.
             * @member {number} lastLogTerm
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.lastLogTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage transfer.
             * @member {boolean} transfer
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.transfer = false;

            /**
             * RaftMessage reject.
             * @member {boolean} reject
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.reject = false;

            /**
             * RaftMessage prevLogIndex.
             * @member {number} prevLogIndex
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.prevLogIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage prevLogTerm.
             * @member {number} prevLogTerm
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.prevLogTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage entries.
             * @member {Array.<ruvraft.wire.Entry.$Properties>} entries
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.entries = $util.emptyArray;

            /**
             * RaftMessage commit.
             * @member {number} commit
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage index.
             * @member {number} index
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage rejectHintIndex.
             * @member {number} rejectHintIndex
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.rejectHintIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage rejectHintTerm.
             * @member {number} rejectHintTerm
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.rejectHintTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage context.
             * @member {Uint8Array} context
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.context = $util.newBuffer([]);

            /**
             * RaftMessage sentMs.
             * @member {number} sentMs
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.sentMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage snapshot.
             * @member {ruvraft.wire.SnapshotMetadata.$Properties|null|undefined} snapshot
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.snapshot = null;

            /**
             * RaftMessage lease.
             * @member {boolean} lease
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.lease = false;

            /**
             * RaftMessage toIncarnation.
             * @member {number|null|undefined} toIncarnation
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.toIncarnation = null;

            /**
             * RaftMessage commitOnly.
             * @member {boolean} commitOnly
             * @memberof ruvraft.wire.RaftMessage
             * @instance
             */
            RaftMessage.prototype.commitOnly = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RaftMessage.prototype, "_toIncarnation", {
                get: $util.oneOfGetter($oneOfFields = ["toIncarnation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RaftMessage instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.RaftMessage
             * @static
             * @param {ruvraft.wire.RaftMessage.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.RaftMessage} RaftMessage instance
             * @type {{
             *   (properties: ruvraft.wire.RaftMessage.$Shape): ruvraft.wire.RaftMessage & ruvraft.wire.RaftMessage.$Shape;
             *   (properties?: ruvraft.wire.RaftMessage.$Properties): ruvraft.wire.RaftMessage;
             * }}
             */
            RaftMessage.create = function(properties) {
                return new RaftMessage(properties);
            };

            /**
             * Encodes the specified RaftMessage message. Does not implicitly {@link ruvraft.wire.RaftMessage.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.RaftMessage
             * @static
             * @param {ruvraft.wire.RaftMessage.$Properties} message RaftMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.to);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                if (message.lastLogIndex != null && $Object.hasOwnProperty.call(message, "lastLogIndex") && (typeof message.lastLogIndex === "object" ? message.lastLogIndex.low || message.lastLogIndex.high : message.lastLogIndex !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lastLogIndex);
                if (message.lastLogTerm != null && $Object.hasOwnProperty.call(message, "lastLogTerm") && (typeof message.lastLogTerm === "object" ? message.lastLogTerm.low || message.lastLogTerm.high : message.lastLogTerm !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.lastLogTerm);
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer") && message.transfer !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.transfer);
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.reject);
                if (message.prevLogIndex != null && $Object.hasOwnProperty.call(message, "prevLogIndex") && (typeof message.prevLogIndex === "object" ? message.prevLogIndex.low || message.prevLogIndex.high : message.prevLogIndex !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.prevLogIndex);
                if (message.prevLogTerm != null && $Object.hasOwnProperty.call(message, "prevLogTerm") && (typeof message.prevLogTerm === "object" ? message.prevLogTerm.low || message.prevLogTerm.high : message.prevLogTerm !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.prevLogTerm);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.ruvraft.wire.Entry.encode(message.entries[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.commit);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.index);
                if (message.rejectHintIndex != null && $Object.hasOwnProperty.call(message, "rejectHintIndex") && (typeof message.rejectHintIndex === "object" ? message.rejectHintIndex.low || message.rejectHintIndex.high : message.rejectHintIndex !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.rejectHintIndex);
                if (message.rejectHintTerm != null && $Object.hasOwnProperty.call(message, "rejectHintTerm") && (typeof message.rejectHintTerm === "object" ? message.rejectHintTerm.low || message.rejectHintTerm.high : message.rejectHintTerm !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.rejectHintTerm);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                    writer.uint32(/* id 16, wireType 2 =*/130).bytes(message.context);
                if (message.sentMs != null && $Object.hasOwnProperty.call(message, "sentMs") && (typeof message.sentMs === "object" ? message.sentMs.low || message.sentMs.high : message.sentMs !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.sentMs);
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.ruvraft.wire.SnapshotMetadata.encode(message.snapshot, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease") && message.lease !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.lease);
                if (message.toIncarnation != null && $Object.hasOwnProperty.call(message, "toIncarnation"))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.toIncarnation);
                if (message.commitOnly != null && $Object.hasOwnProperty.call(message, "commitOnly") && message.commitOnly !== false)
                    writer.uint32(/* id 21, wireType 0 =*/168).bool(message.commitOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftMessage message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.RaftMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.RaftMessage & ruvraft.wire.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.RaftMessage();
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
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastLogIndex = value;
                            else
                                delete message.lastLogIndex;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastLogTerm = value;
                            else
                                delete message.lastLogTerm;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.transfer = value;
                            else
                                delete message.transfer;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reject = value;
                            else
                                delete message.reject;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.prevLogIndex = value;
                            else
                                delete message.prevLogIndex;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.prevLogTerm = value;
                            else
                                delete message.prevLogTerm;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.ruvraft.wire.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectHintIndex = value;
                            else
                                delete message.rejectHintIndex;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectHintTerm = value;
                            else
                                delete message.rejectHintTerm;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.context = value;
                            else
                                delete message.context;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentMs = value;
                            else
                                delete message.sentMs;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.ruvraft.wire.SnapshotMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.lease = value;
                            else
                                delete message.lease;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            message.toIncarnation = reader.uint64();
                            message._toIncarnation = "toIncarnation";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.commitOnly = value;
                            else
                                delete message.commitOnly;
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
             * Gets the type url for RaftMessage
             * @function getTypeUrl
             * @memberof ruvraft.wire.RaftMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RaftMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.RaftMessage";
            };

            return RaftMessage;
        })();

        wire.SnapshotChunk = (function() {

            /**
             * Properties of a SnapshotChunk.
             * @typedef {Object} ruvraft.wire.SnapshotChunk.$Properties
             * @property {number|null} [streamId] SnapshotChunk streamId
             * @property {number|null} [offset] SnapshotChunk offset
             * @property {Uint8Array|null} [data] SnapshotChunk data
             * @property {ruvraft.wire.RaftMessage.$Properties|null} [message] SnapshotChunk message
             * @property {boolean|null} [last] SnapshotChunk last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotChunk.
             * @memberof ruvraft.wire
             * @interface ISnapshotChunk
             * @augments ruvraft.wire.SnapshotChunk.$Properties
             * @deprecated Use ruvraft.wire.SnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a SnapshotChunk.
             * @typedef {ruvraft.wire.SnapshotChunk.$Properties} ruvraft.wire.SnapshotChunk.$Shape
             */

            /**
             * Constructs a new SnapshotChunk.
             * @memberof ruvraft.wire
             * @classdesc Represents a SnapshotChunk.
             * @constructor
             * @param {ruvraft.wire.SnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotChunk streamId.
             * @member {number} streamId
             * @memberof ruvraft.wire.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.streamId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk offset.
             * @member {number} offset
             * @memberof ruvraft.wire.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk data.
             * @member {Uint8Array} data
             * @memberof ruvraft.wire.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.data = $util.newBuffer([]);

            /**
             * SnapshotChunk message.
             * @member {ruvraft.wire.RaftMessage.$Properties|null|undefined} message
             * @memberof ruvraft.wire.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.message = null;

            /**
             * SnapshotChunk last.
             * @member {boolean} last
             * @memberof ruvraft.wire.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.last = false;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.SnapshotChunk
             * @static
             * @param {ruvraft.wire.SnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.SnapshotChunk} SnapshotChunk instance
             * @type {{
             *   (properties: ruvraft.wire.SnapshotChunk.$Shape): ruvraft.wire.SnapshotChunk & ruvraft.wire.SnapshotChunk.$Shape;
             *   (properties?: ruvraft.wire.SnapshotChunk.$Properties): ruvraft.wire.SnapshotChunk;
             * }}
             */
            SnapshotChunk.create = function(properties) {
                return new SnapshotChunk(properties);
            };

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link ruvraft.wire.SnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.SnapshotChunk
             * @static
             * @param {ruvraft.wire.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && (typeof message.streamId === "object" ? message.streamId.low || message.streamId.high : message.streamId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.streamId);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.ruvraft.wire.RaftMessage.encode(message.message, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.SnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotChunk & ruvraft.wire.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.SnapshotChunk();
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
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.ruvraft.wire.RaftMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
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
             * Gets the type url for SnapshotChunk
             * @function getTypeUrl
             * @memberof ruvraft.wire.SnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.SnapshotChunk";
            };

            return SnapshotChunk;
        })();

        wire.SnapshotAck = (function() {

            /**
             * Properties of a SnapshotAck.
             * @typedef {Object} ruvraft.wire.SnapshotAck.$Properties
             * @property {number|null} [streamId] SnapshotAck streamId
             * @property {boolean|null} [ok] SnapshotAck ok
             * @property {string|null} [reason] SnapshotAck reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotAck.
             * @memberof ruvraft.wire
             * @interface ISnapshotAck
             * @augments ruvraft.wire.SnapshotAck.$Properties
             * @deprecated Use ruvraft.wire.SnapshotAck.$Properties instead.
             */

            /**
             * Shape of a SnapshotAck.
             * @typedef {ruvraft.wire.SnapshotAck.$Properties} ruvraft.wire.SnapshotAck.$Shape
             */

            /**
             * Constructs a new SnapshotAck.
             * @memberof ruvraft.wire
             * @classdesc Represents a SnapshotAck.
             * @constructor
             * @param {ruvraft.wire.SnapshotAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotAck streamId.
             * @member {number} streamId
             * @memberof ruvraft.wire.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.streamId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotAck ok.
             * @member {boolean} ok
             * @memberof ruvraft.wire.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.ok = false;

            /**
             * SnapshotAck reason.
             * @member {string} reason
             * @memberof ruvraft.wire.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.reason = "";

            /**
             * Creates a new SnapshotAck instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.SnapshotAck
             * @static
             * @param {ruvraft.wire.SnapshotAck.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.SnapshotAck} SnapshotAck instance
             * @type {{
             *   (properties: ruvraft.wire.SnapshotAck.$Shape): ruvraft.wire.SnapshotAck & ruvraft.wire.SnapshotAck.$Shape;
             *   (properties?: ruvraft.wire.SnapshotAck.$Properties): ruvraft.wire.SnapshotAck;
             * }}
             */
            SnapshotAck.create = function(properties) {
                return new SnapshotAck(properties);
            };

            /**
             * Encodes the specified SnapshotAck message. Does not implicitly {@link ruvraft.wire.SnapshotAck.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.SnapshotAck
             * @static
             * @param {ruvraft.wire.SnapshotAck.$Properties} message SnapshotAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && (typeof message.streamId === "object" ? message.streamId.low || message.streamId.high : message.streamId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.streamId);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotAck message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.SnapshotAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotAck & ruvraft.wire.SnapshotAck.$Shape} SnapshotAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.SnapshotAck();
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
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 3: {
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
             * Gets the type url for SnapshotAck
             * @function getTypeUrl
             * @memberof ruvraft.wire.SnapshotAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.SnapshotAck";
            };

            return SnapshotAck;
        })();

        wire.ClientRequest = (function() {

            /**
             * Properties of a ClientRequest.
             * @typedef {Object} ruvraft.wire.ClientRequest.$Properties
             * @property {number|null} [requestId] ClientRequest requestId
             * @property {ruvraft.wire.Propose.$Properties|null} [propose] ClientRequest propose
             * @property {ruvraft.wire.Read.$Properties|null} [read] ClientRequest read
             * @property {ruvraft.wire.StatusRequest.$Properties|null} [status] ClientRequest status
             * @property {ruvraft.wire.MembersRequest.$Properties|null} [members] ClientRequest members
             * @property {ruvraft.wire.AddNode.$Properties|null} [addNode] ClientRequest addNode
             * @property {ruvraft.wire.AddLearner.$Properties|null} [addLearner] ClientRequest addLearner
             * @property {ruvraft.wire.Promote.$Properties|null} [promote] ClientRequest promote
             * @property {ruvraft.wire.RemoveNode.$Properties|null} [removeNode] ClientRequest removeNode
             * @property {ruvraft.wire.TransferLeader.$Properties|null} [transferLeader] ClientRequest transferLeader
             * @property {ruvraft.wire.TakeSnapshot.$Properties|null} [takeSnapshot] ClientRequest takeSnapshot
             * @property {ruvraft.wire.VectorUpsert.$Properties|null} [vectorUpsert] ClientRequest vectorUpsert
             * @property {ruvraft.wire.VectorSearch.$Properties|null} [vectorSearch] ClientRequest vectorSearch
             * @property {ruvraft.wire.VectorGet.$Properties|null} [vectorGet] ClientRequest vectorGet
             * @property {ruvraft.wire.ShardState.$Properties|null} [shardState] ClientRequest shardState
             * @property {ruvraft.wire.ShardExport.$Properties|null} [shardExport] ClientRequest shardExport
             * @property {"propose"|"read"|"status"|"members"|"addNode"|"addLearner"|"promote"|"removeNode"|"transferLeader"|"takeSnapshot"|"vectorUpsert"|"vectorSearch"|"vectorGet"|"shardState"|"shardExport"} [body] ClientRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientRequest.
             * @memberof ruvraft.wire
             * @interface IClientRequest
             * @augments ruvraft.wire.ClientRequest.$Properties
             * @deprecated Use ruvraft.wire.ClientRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientRequest.
             * @typedef {{
             *   requestId?: number|null;
             *   propose?: ruvraft.wire.Propose.$Shape|null;
             *   read?: ruvraft.wire.Read.$Shape|null;
             *   status?: ruvraft.wire.StatusRequest.$Shape|null;
             *   members?: ruvraft.wire.MembersRequest.$Shape|null;
             *   addNode?: ruvraft.wire.AddNode.$Shape|null;
             *   addLearner?: ruvraft.wire.AddLearner.$Shape|null;
             *   promote?: ruvraft.wire.Promote.$Shape|null;
             *   removeNode?: ruvraft.wire.RemoveNode.$Shape|null;
             *   transferLeader?: ruvraft.wire.TransferLeader.$Shape|null;
             *   takeSnapshot?: ruvraft.wire.TakeSnapshot.$Shape|null;
             *   vectorUpsert?: ruvraft.wire.VectorUpsert.$Shape|null;
             *   vectorSearch?: ruvraft.wire.VectorSearch.$Shape|null;
             *   vectorGet?: ruvraft.wire.VectorGet.$Shape|null;
             *   shardState?: ruvraft.wire.ShardState.$Shape|null;
             *   shardExport?: ruvraft.wire.ShardExport.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "propose"; propose: ruvraft.wire.Propose.$Shape; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "read"; propose?: null; read: ruvraft.wire.Read.$Shape; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "status"; propose?: null; read?: null; status: ruvraft.wire.StatusRequest.$Shape; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "members"; propose?: null; read?: null; status?: null; members: ruvraft.wire.MembersRequest.$Shape; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "addNode"; propose?: null; read?: null; status?: null; members?: null; addNode: ruvraft.wire.AddNode.$Shape; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "addLearner"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner: ruvraft.wire.AddLearner.$Shape; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "promote"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote: ruvraft.wire.Promote.$Shape; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "removeNode"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode: ruvraft.wire.RemoveNode.$Shape; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "transferLeader"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader: ruvraft.wire.TransferLeader.$Shape; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "takeSnapshot"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot: ruvraft.wire.TakeSnapshot.$Shape; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "vectorUpsert"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert: ruvraft.wire.VectorUpsert.$Shape; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "vectorSearch"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch: ruvraft.wire.VectorSearch.$Shape; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "vectorGet"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet: ruvraft.wire.VectorGet.$Shape; shardState?: null; shardExport?: null }|{ body?: "shardState"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState: ruvraft.wire.ShardState.$Shape; shardExport?: null }|{ body?: "shardExport"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport: ruvraft.wire.ShardExport.$Shape })
             * )} ruvraft.wire.ClientRequest.$Shape
             */

            /**
             * Constructs a new ClientRequest.
             * @memberof ruvraft.wire
             * @classdesc Represents a ClientRequest.
             * @constructor
             * @param {ruvraft.wire.ClientRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientRequest requestId.
             * @member {number} requestId
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientRequest propose.
             * @member {ruvraft.wire.Propose.$Properties|null|undefined} propose
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.propose = null;

            /**
             * ClientRequest read.
             * @member {ruvraft.wire.Read.$Properties|null|undefined} read
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.read = null;

            /**
             * ClientRequest status.
             * @member {ruvraft.wire.StatusRequest.$Properties|null|undefined} status
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.status = null;

            /**
             * ClientRequest members.
             * @member {ruvraft.wire.MembersRequest.$Properties|null|undefined} members
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.members = null;

            /**
             * ClientRequest addNode.
             * @member {ruvraft.wire.AddNode.$Properties|null|undefined} addNode
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.addNode = null;

            /**
             * ClientRequest addLearner.
             * @member {ruvraft.wire.AddLearner.$Properties|null|undefined} addLearner
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.addLearner = null;

            /**
             * ClientRequest promote.
             * @member {ruvraft.wire.Promote.$Properties|null|undefined} promote
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.promote = null;

            /**
             * ClientRequest removeNode.
             * @member {ruvraft.wire.RemoveNode.$Properties|null|undefined} removeNode
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.removeNode = null;

            /**
             * ClientRequest transferLeader.
             * @member {ruvraft.wire.TransferLeader.$Properties|null|undefined} transferLeader
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.transferLeader = null;

            /**
             * ClientRequest takeSnapshot.
             * @member {ruvraft.wire.TakeSnapshot.$Properties|null|undefined} takeSnapshot
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.takeSnapshot = null;

            /**
             * ClientRequest vectorUpsert.
             * @member {ruvraft.wire.VectorUpsert.$Properties|null|undefined} vectorUpsert
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.vectorUpsert = null;

            /**
             * ClientRequest vectorSearch.
             * @member {ruvraft.wire.VectorSearch.$Properties|null|undefined} vectorSearch
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.vectorSearch = null;

            /**
             * ClientRequest vectorGet.
             * @member {ruvraft.wire.VectorGet.$Properties|null|undefined} vectorGet
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.vectorGet = null;

            /**
             * ClientRequest shardState.
             * @member {ruvraft.wire.ShardState.$Properties|null|undefined} shardState
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.shardState = null;

            /**
             * ClientRequest shardExport.
             * @member {ruvraft.wire.ShardExport.$Properties|null|undefined} shardExport
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            ClientRequest.prototype.shardExport = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientRequest body.
             * @member {"propose"|"read"|"status"|"members"|"addNode"|"addLearner"|"promote"|"removeNode"|"transferLeader"|"takeSnapshot"|"vectorUpsert"|"vectorSearch"|"vectorGet"|"shardState"|"shardExport"|undefined} body
             * @memberof ruvraft.wire.ClientRequest
             * @instance
             */
            $Object.defineProperty(ClientRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["propose", "read", "status", "members", "addNode", "addLearner", "promote", "removeNode", "transferLeader", "takeSnapshot", "vectorUpsert", "vectorSearch", "vectorGet", "shardState", "shardExport"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.ClientRequest
             * @static
             * @param {ruvraft.wire.ClientRequest.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.ClientRequest} ClientRequest instance
             * @type {{
             *   (properties: ruvraft.wire.ClientRequest.$Shape): ruvraft.wire.ClientRequest & ruvraft.wire.ClientRequest.$Shape;
             *   (properties?: ruvraft.wire.ClientRequest.$Properties): ruvraft.wire.ClientRequest;
             * }}
             */
            ClientRequest.create = function(properties) {
                return new ClientRequest(properties);
            };

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link ruvraft.wire.ClientRequest.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.ClientRequest
             * @static
             * @param {ruvraft.wire.ClientRequest.$Properties} message ClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.propose != null && $Object.hasOwnProperty.call(message, "propose"))
                    $root.ruvraft.wire.Propose.encode(message.propose, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    $root.ruvraft.wire.Read.encode(message.read, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.ruvraft.wire.StatusRequest.encode(message.status, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                    $root.ruvraft.wire.MembersRequest.encode(message.members, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.addNode != null && $Object.hasOwnProperty.call(message, "addNode"))
                    $root.ruvraft.wire.AddNode.encode(message.addNode, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.addLearner != null && $Object.hasOwnProperty.call(message, "addLearner"))
                    $root.ruvraft.wire.AddLearner.encode(message.addLearner, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.promote != null && $Object.hasOwnProperty.call(message, "promote"))
                    $root.ruvraft.wire.Promote.encode(message.promote, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.removeNode != null && $Object.hasOwnProperty.call(message, "removeNode"))
                    $root.ruvraft.wire.RemoveNode.encode(message.removeNode, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.transferLeader != null && $Object.hasOwnProperty.call(message, "transferLeader"))
                    $root.ruvraft.wire.TransferLeader.encode(message.transferLeader, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.takeSnapshot != null && $Object.hasOwnProperty.call(message, "takeSnapshot"))
                    $root.ruvraft.wire.TakeSnapshot.encode(message.takeSnapshot, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.vectorUpsert != null && $Object.hasOwnProperty.call(message, "vectorUpsert"))
                    $root.ruvraft.wire.VectorUpsert.encode(message.vectorUpsert, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.vectorSearch != null && $Object.hasOwnProperty.call(message, "vectorSearch"))
                    $root.ruvraft.wire.VectorSearch.encode(message.vectorSearch, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.vectorGet != null && $Object.hasOwnProperty.call(message, "vectorGet"))
                    $root.ruvraft.wire.VectorGet.encode(message.vectorGet, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.shardState != null && $Object.hasOwnProperty.call(message, "shardState"))
                    $root.ruvraft.wire.ShardState.encode(message.shardState, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.shardExport != null && $Object.hasOwnProperty.call(message, "shardExport"))
                    $root.ruvraft.wire.ShardExport.encode(message.shardExport, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.ClientRequest & ruvraft.wire.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.ClientRequest();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.propose = $root.ruvraft.wire.Propose.decode(reader, reader.size(), $undefined, _depth + 1, message.propose);
                            message.body = "propose";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.read = $root.ruvraft.wire.Read.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                            message.body = "read";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.ruvraft.wire.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.body = "status";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.members = $root.ruvraft.wire.MembersRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.members);
                            message.body = "members";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.addNode = $root.ruvraft.wire.AddNode.decode(reader, reader.size(), $undefined, _depth + 1, message.addNode);
                            message.body = "addNode";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.addLearner = $root.ruvraft.wire.AddLearner.decode(reader, reader.size(), $undefined, _depth + 1, message.addLearner);
                            message.body = "addLearner";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.promote = $root.ruvraft.wire.Promote.decode(reader, reader.size(), $undefined, _depth + 1, message.promote);
                            message.body = "promote";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.removeNode = $root.ruvraft.wire.RemoveNode.decode(reader, reader.size(), $undefined, _depth + 1, message.removeNode);
                            message.body = "removeNode";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.transferLeader = $root.ruvraft.wire.TransferLeader.decode(reader, reader.size(), $undefined, _depth + 1, message.transferLeader);
                            message.body = "transferLeader";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.takeSnapshot = $root.ruvraft.wire.TakeSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.takeSnapshot);
                            message.body = "takeSnapshot";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.vectorUpsert = $root.ruvraft.wire.VectorUpsert.decode(reader, reader.size(), $undefined, _depth + 1, message.vectorUpsert);
                            message.body = "vectorUpsert";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.vectorSearch = $root.ruvraft.wire.VectorSearch.decode(reader, reader.size(), $undefined, _depth + 1, message.vectorSearch);
                            message.body = "vectorSearch";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.vectorGet = $root.ruvraft.wire.VectorGet.decode(reader, reader.size(), $undefined, _depth + 1, message.vectorGet);
                            message.body = "vectorGet";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.shardState = $root.ruvraft.wire.ShardState.decode(reader, reader.size(), $undefined, _depth + 1, message.shardState);
                            message.body = "shardState";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.shardExport = $root.ruvraft.wire.ShardExport.decode(reader, reader.size(), $undefined, _depth + 1, message.shardExport);
                            message.body = "shardExport";
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
             * Gets the type url for ClientRequest
             * @function getTypeUrl
             * @memberof ruvraft.wire.ClientRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.ClientRequest";
            };

            return ClientRequest;
        })();

        /**
         * VectorHop enum.
         * @name ruvraft.wire.VectorHop
         * @enum {number}
         * @property {number} VECTOR_HOP_CLIENT=0 VECTOR_HOP_CLIENT value
         * @property {number} VECTOR_HOP_PRIMARY=1 VECTOR_HOP_PRIMARY value
         * @property {number} VECTOR_HOP_REPLICA=2 VECTOR_HOP_REPLICA value
         */
        wire.VectorHop = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VECTOR_HOP_CLIENT"] = 0;
            values[valuesById[1] = "VECTOR_HOP_PRIMARY"] = 1;
            values[valuesById[2] = "VECTOR_HOP_REPLICA"] = 2;
            return values;
        })();

        wire.VectorRecord = (function() {

            /**
             * Properties of a VectorRecord.
             * @typedef {Object} ruvraft.wire.VectorRecord.$Properties
             * @property {string|null} [id] VectorRecord id
             * @property {Uint8Array|null} [values] VectorRecord values
             * @property {string|null} [payload] VectorRecord payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VectorRecord.
             * @memberof ruvraft.wire
             * @interface IVectorRecord
             * @augments ruvraft.wire.VectorRecord.$Properties
             * @deprecated Use ruvraft.wire.VectorRecord.$Properties instead.
             */

            /**
             * Shape of a VectorRecord.
             * @typedef {ruvraft.wire.VectorRecord.$Properties} ruvraft.wire.VectorRecord.$Shape
             */

            /**
             * Constructs a new VectorRecord.
             * @memberof ruvraft.wire
             * @classdesc Represents a VectorRecord.
             * @constructor
             * @param {ruvraft.wire.VectorRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VectorRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VectorRecord id.
             * @member {string} id
             * @memberof ruvraft.wire.VectorRecord
             * @instance
             */
            VectorRecord.prototype.id = "";

            /**
             * VectorRecord values.
             * @member {Uint8Array} values
             * @memberof ruvraft.wire.VectorRecord
             * @instance
             */
            VectorRecord.prototype.values = $util.newBuffer([]);

            /**
             * VectorRecord payload.
             * @member {string} payload
             * @memberof ruvraft.wire.VectorRecord
             * @instance
             */
            VectorRecord.prototype.payload = "";

            /**
             * Creates a new VectorRecord instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.VectorRecord
             * @static
             * @param {ruvraft.wire.VectorRecord.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.VectorRecord} VectorRecord instance
             * @type {{
             *   (properties: ruvraft.wire.VectorRecord.$Shape): ruvraft.wire.VectorRecord & ruvraft.wire.VectorRecord.$Shape;
             *   (properties?: ruvraft.wire.VectorRecord.$Properties): ruvraft.wire.VectorRecord;
             * }}
             */
            VectorRecord.create = function(properties) {
                return new VectorRecord(properties);
            };

            /**
             * Encodes the specified VectorRecord message. Does not implicitly {@link ruvraft.wire.VectorRecord.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.VectorRecord
             * @static
             * @param {ruvraft.wire.VectorRecord.$Properties} message VectorRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VectorRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.values != null && $Object.hasOwnProperty.call(message, "values") && message.values.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.values);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VectorRecord message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.VectorRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorRecord & ruvraft.wire.VectorRecord.$Shape} VectorRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VectorRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.VectorRecord();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.values = value;
                            else
                                delete message.values;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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
             * Gets the type url for VectorRecord
             * @function getTypeUrl
             * @memberof ruvraft.wire.VectorRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VectorRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.VectorRecord";
            };

            return VectorRecord;
        })();

        wire.VectorUpsert = (function() {

            /**
             * Properties of a VectorUpsert.
             * @typedef {Object} ruvraft.wire.VectorUpsert.$Properties
             * @property {string|null} [collection] VectorUpsert collection
             * @property {Array.<ruvraft.wire.VectorRecord.$Properties>|null} [records] VectorUpsert records
             * @property {ruvraft.wire.VectorHop|null} [hop] VectorUpsert hop
             * @property {number|null} [shardId] VectorUpsert shardId
             * @property {number|null} [createdAtMs] VectorUpsert createdAtMs
             * @property {number|null} [holderSinceIndex] VectorUpsert holderSinceIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VectorUpsert.
             * @memberof ruvraft.wire
             * @interface IVectorUpsert
             * @augments ruvraft.wire.VectorUpsert.$Properties
             * @deprecated Use ruvraft.wire.VectorUpsert.$Properties instead.
             */

            /**
             * Shape of a VectorUpsert.
             * @typedef {ruvraft.wire.VectorUpsert.$Properties} ruvraft.wire.VectorUpsert.$Shape
             */

            /**
             * Constructs a new VectorUpsert.
             * @memberof ruvraft.wire
             * @classdesc Represents a VectorUpsert.
             * @constructor
             * @param {ruvraft.wire.VectorUpsert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VectorUpsert = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VectorUpsert collection.
             * @member {string} collection
             * @memberof ruvraft.wire.VectorUpsert
             * @instance
             */
            VectorUpsert.prototype.collection = "";

            /**
             * VectorUpsert records.
             * @member {Array.<ruvraft.wire.VectorRecord.$Properties>} records
             * @memberof ruvraft.wire.VectorUpsert
             * @instance
             */
            VectorUpsert.prototype.records = $util.emptyArray;

            /**
             * VectorUpsert hop.
             * @member {ruvraft.wire.VectorHop} hop
             * @memberof ruvraft.wire.VectorUpsert
             * @instance
             */
            VectorUpsert.prototype.hop = 0;

            /**
             * VectorUpsert shardId.
             * @member {number} shardId
             * @memberof ruvraft.wire.VectorUpsert
             * @instance
             */
            VectorUpsert.prototype.shardId = 0;

            /**
             * VectorUpsert createdAtMs.
             * @member {number} createdAtMs
             * @memberof ruvraft.wire.VectorUpsert
             * @instance
             */
            VectorUpsert.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VectorUpsert holderSinceIndex.
             * @member {number} holderSinceIndex
             * @memberof ruvraft.wire.VectorUpsert
             * @instance
             */
            VectorUpsert.prototype.holderSinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VectorUpsert instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.VectorUpsert
             * @static
             * @param {ruvraft.wire.VectorUpsert.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.VectorUpsert} VectorUpsert instance
             * @type {{
             *   (properties: ruvraft.wire.VectorUpsert.$Shape): ruvraft.wire.VectorUpsert & ruvraft.wire.VectorUpsert.$Shape;
             *   (properties?: ruvraft.wire.VectorUpsert.$Properties): ruvraft.wire.VectorUpsert;
             * }}
             */
            VectorUpsert.create = function(properties) {
                return new VectorUpsert(properties);
            };

            /**
             * Encodes the specified VectorUpsert message. Does not implicitly {@link ruvraft.wire.VectorUpsert.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.VectorUpsert
             * @static
             * @param {ruvraft.wire.VectorUpsert.$Properties} message VectorUpsert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VectorUpsert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.ruvraft.wire.VectorRecord.encode(message.records[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.hop != null && $Object.hasOwnProperty.call(message, "hop") && message.hop !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.hop);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.shardId);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
                if (message.holderSinceIndex != null && $Object.hasOwnProperty.call(message, "holderSinceIndex") && (typeof message.holderSinceIndex === "object" ? message.holderSinceIndex.low || message.holderSinceIndex.high : message.holderSinceIndex !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.holderSinceIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VectorUpsert message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.VectorUpsert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorUpsert & ruvraft.wire.VectorUpsert.$Shape} VectorUpsert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VectorUpsert.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.VectorUpsert();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.ruvraft.wire.VectorRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hop = value;
                            else
                                delete message.hop;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.holderSinceIndex = value;
                            else
                                delete message.holderSinceIndex;
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
             * Gets the type url for VectorUpsert
             * @function getTypeUrl
             * @memberof ruvraft.wire.VectorUpsert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VectorUpsert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.VectorUpsert";
            };

            return VectorUpsert;
        })();

        wire.VectorSearch = (function() {

            /**
             * Properties of a VectorSearch.
             * @typedef {Object} ruvraft.wire.VectorSearch.$Properties
             * @property {string|null} [collection] VectorSearch collection
             * @property {Uint8Array|null} [values] VectorSearch values
             * @property {number|null} [k] VectorSearch k
             * @property {ruvraft.wire.VectorHop|null} [hop] VectorSearch hop
             * @property {number|null} [shardId] VectorSearch shardId
             * @property {number|null} [createdAtMs] VectorSearch createdAtMs
             * @property {number|null} [holderSinceIndex] VectorSearch holderSinceIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VectorSearch.
             * @memberof ruvraft.wire
             * @interface IVectorSearch
             * @augments ruvraft.wire.VectorSearch.$Properties
             * @deprecated Use ruvraft.wire.VectorSearch.$Properties instead.
             */

            /**
             * Shape of a VectorSearch.
             * @typedef {ruvraft.wire.VectorSearch.$Properties} ruvraft.wire.VectorSearch.$Shape
             */

            /**
             * Constructs a new VectorSearch.
             * @memberof ruvraft.wire
             * @classdesc Represents a VectorSearch.
             * @constructor
             * @param {ruvraft.wire.VectorSearch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VectorSearch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VectorSearch collection.
             * @member {string} collection
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.collection = "";

            /**
             * VectorSearch values.
             * @member {Uint8Array} values
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.values = $util.newBuffer([]);

            /**
             * VectorSearch k.
             * @member {number} k
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.k = 0;

            /**
             * VectorSearch hop.
             * @member {ruvraft.wire.VectorHop} hop
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.hop = 0;

            /**
             * VectorSearch shardId.
             * @member {number} shardId
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.shardId = 0;

            /**
             * VectorSearch createdAtMs.
             * @member {number} createdAtMs
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VectorSearch holderSinceIndex.
             * @member {number} holderSinceIndex
             * @memberof ruvraft.wire.VectorSearch
             * @instance
             */
            VectorSearch.prototype.holderSinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VectorSearch instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.VectorSearch
             * @static
             * @param {ruvraft.wire.VectorSearch.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.VectorSearch} VectorSearch instance
             * @type {{
             *   (properties: ruvraft.wire.VectorSearch.$Shape): ruvraft.wire.VectorSearch & ruvraft.wire.VectorSearch.$Shape;
             *   (properties?: ruvraft.wire.VectorSearch.$Properties): ruvraft.wire.VectorSearch;
             * }}
             */
            VectorSearch.create = function(properties) {
                return new VectorSearch(properties);
            };

            /**
             * Encodes the specified VectorSearch message. Does not implicitly {@link ruvraft.wire.VectorSearch.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.VectorSearch
             * @static
             * @param {ruvraft.wire.VectorSearch.$Properties} message VectorSearch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VectorSearch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.values != null && $Object.hasOwnProperty.call(message, "values") && message.values.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.values);
                if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.k);
                if (message.hop != null && $Object.hasOwnProperty.call(message, "hop") && message.hop !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.hop);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.shardId);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.createdAtMs);
                if (message.holderSinceIndex != null && $Object.hasOwnProperty.call(message, "holderSinceIndex") && (typeof message.holderSinceIndex === "object" ? message.holderSinceIndex.low || message.holderSinceIndex.high : message.holderSinceIndex !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.holderSinceIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VectorSearch message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.VectorSearch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorSearch & ruvraft.wire.VectorSearch.$Shape} VectorSearch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VectorSearch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.VectorSearch();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.values = value;
                            else
                                delete message.values;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.k = value;
                            else
                                delete message.k;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hop = value;
                            else
                                delete message.hop;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.holderSinceIndex = value;
                            else
                                delete message.holderSinceIndex;
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
             * Gets the type url for VectorSearch
             * @function getTypeUrl
             * @memberof ruvraft.wire.VectorSearch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VectorSearch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.VectorSearch";
            };

            return VectorSearch;
        })();

        wire.VectorGet = (function() {

            /**
             * Properties of a VectorGet.
             * @typedef {Object} ruvraft.wire.VectorGet.$Properties
             * @property {string|null} [collection] VectorGet collection
             * @property {string|null} [id] VectorGet id
             * @property {ruvraft.wire.VectorHop|null} [hop] VectorGet hop
             * @property {number|null} [shardId] VectorGet shardId
             * @property {number|null} [createdAtMs] VectorGet createdAtMs
             * @property {number|null} [holderSinceIndex] VectorGet holderSinceIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VectorGet.
             * @memberof ruvraft.wire
             * @interface IVectorGet
             * @augments ruvraft.wire.VectorGet.$Properties
             * @deprecated Use ruvraft.wire.VectorGet.$Properties instead.
             */

            /**
             * Shape of a VectorGet.
             * @typedef {ruvraft.wire.VectorGet.$Properties} ruvraft.wire.VectorGet.$Shape
             */

            /**
             * Constructs a new VectorGet.
             * @memberof ruvraft.wire
             * @classdesc Represents a VectorGet.
             * @constructor
             * @param {ruvraft.wire.VectorGet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VectorGet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VectorGet collection.
             * @member {string} collection
             * @memberof ruvraft.wire.VectorGet
             * @instance
             */
            VectorGet.prototype.collection = "";

            /**
             * VectorGet id.
             * @member {string} id
             * @memberof ruvraft.wire.VectorGet
             * @instance
             */
            VectorGet.prototype.id = "";

            /**
             * VectorGet hop.
             * @member {ruvraft.wire.VectorHop} hop
             * @memberof ruvraft.wire.VectorGet
             * @instance
             */
            VectorGet.prototype.hop = 0;

            /**
             * VectorGet shardId.
             * @member {number} shardId
             * @memberof ruvraft.wire.VectorGet
             * @instance
             */
            VectorGet.prototype.shardId = 0;

            /**
             * VectorGet createdAtMs.
             * @member {number} createdAtMs
             * @memberof ruvraft.wire.VectorGet
             * @instance
             */
            VectorGet.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VectorGet holderSinceIndex.
             * @member {number} holderSinceIndex
             * @memberof ruvraft.wire.VectorGet
             * @instance
             */
            VectorGet.prototype.holderSinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VectorGet instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.VectorGet
             * @static
             * @param {ruvraft.wire.VectorGet.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.VectorGet} VectorGet instance
             * @type {{
             *   (properties: ruvraft.wire.VectorGet.$Shape): ruvraft.wire.VectorGet & ruvraft.wire.VectorGet.$Shape;
             *   (properties?: ruvraft.wire.VectorGet.$Properties): ruvraft.wire.VectorGet;
             * }}
             */
            VectorGet.create = function(properties) {
                return new VectorGet(properties);
            };

            /**
             * Encodes the specified VectorGet message. Does not implicitly {@link ruvraft.wire.VectorGet.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.VectorGet
             * @static
             * @param {ruvraft.wire.VectorGet.$Properties} message VectorGet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VectorGet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.hop != null && $Object.hasOwnProperty.call(message, "hop") && message.hop !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.hop);
                if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.shardId);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
                if (message.holderSinceIndex != null && $Object.hasOwnProperty.call(message, "holderSinceIndex") && (typeof message.holderSinceIndex === "object" ? message.holderSinceIndex.low || message.holderSinceIndex.high : message.holderSinceIndex !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.holderSinceIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VectorGet message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.VectorGet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorGet & ruvraft.wire.VectorGet.$Shape} VectorGet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VectorGet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.VectorGet();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hop = value;
                            else
                                delete message.hop;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shardId = value;
                            else
                                delete message.shardId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.holderSinceIndex = value;
                            else
                                delete message.holderSinceIndex;
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
             * Gets the type url for VectorGet
             * @function getTypeUrl
             * @memberof ruvraft.wire.VectorGet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VectorGet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.VectorGet";
            };

            return VectorGet;
        })();

        wire.ShardState = (function() {

            /**
             * Properties of a ShardState.
             * @typedef {Object} ruvraft.wire.ShardState.$Properties
             * @property {string|null} [collection] ShardState collection
             * @property {number|null} [shardId] ShardState shardId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardState.
             * @memberof ruvraft.wire
             * @interface IShardState
             * @augments ruvraft.wire.ShardState.$Properties
             * @deprecated Use ruvraft.wire.ShardState.$Properties instead.
             */

            /**
             * Shape of a ShardState.
             * @typedef {ruvraft.wire.ShardState.$Properties} ruvraft.wire.ShardState.$Shape
             */

            /**
             * Constructs a new ShardState.
             * @memberof ruvraft.wire
             * @classdesc Represents a ShardState.
             * @constructor
             * @param {ruvraft.wire.ShardState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardState collection.
             * @member {string} collection
             * @memberof ruvraft.wire.ShardState
             * @instance
             */
            ShardState.prototype.collection = "";

            /**
             * ShardState shardId.
             * @member {number} shardId
             * @memberof ruvraft.wire.ShardState
             * @instance
             */
            ShardState.prototype.shardId = 0;

            /**
             * Creates a new ShardState instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.ShardState
             * @static
             * @param {ruvraft.wire.ShardState.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.ShardState} ShardState instance
             * @type {{
             *   (properties: ruvraft.wire.ShardState.$Shape): ruvraft.wire.ShardState & ruvraft.wire.ShardState.$Shape;
             *   (properties?: ruvraft.wire.ShardState.$Properties): ruvraft.wire.ShardState;
             * }}
             */
            ShardState.create = function(properties) {
                return new ShardState(properties);
            };

            /**
             * Encodes the specified ShardState message. Does not implicitly {@link ruvraft.wire.ShardState.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.ShardState
             * @static
             * @param {ruvraft.wire.ShardState.$Properties} message ShardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardState.encode = function (message, writer, _depth) {
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
             * Decodes a ShardState message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.ShardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.ShardState & ruvraft.wire.ShardState.$Shape} ShardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.ShardState();
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
             * Gets the type url for ShardState
             * @function getTypeUrl
             * @memberof ruvraft.wire.ShardState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.ShardState";
            };

            return ShardState;
        })();

        wire.ShardStateAnswer = (function() {

            /**
             * Properties of a ShardStateAnswer.
             * @typedef {Object} ruvraft.wire.ShardStateAnswer.$Properties
             * @property {boolean|null} [held] ShardStateAnswer held
             * @property {boolean|null} [synced] ShardStateAnswer synced
             * @property {number|null} [createdAtMs] ShardStateAnswer createdAtMs
             * @property {number|null} [vectorCount] ShardStateAnswer vectorCount
             * @property {boolean|null} [retired] ShardStateAnswer retired
             * @property {number|null} [heldSinceIndex] ShardStateAnswer heldSinceIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardStateAnswer.
             * @memberof ruvraft.wire
             * @interface IShardStateAnswer
             * @augments ruvraft.wire.ShardStateAnswer.$Properties
             * @deprecated Use ruvraft.wire.ShardStateAnswer.$Properties instead.
             */

            /**
             * Shape of a ShardStateAnswer.
             * @typedef {ruvraft.wire.ShardStateAnswer.$Properties} ruvraft.wire.ShardStateAnswer.$Shape
             */

            /**
             * Constructs a new ShardStateAnswer.
             * @memberof ruvraft.wire
             * @classdesc Represents a ShardStateAnswer.
             * @constructor
             * @param {ruvraft.wire.ShardStateAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardStateAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardStateAnswer held.
             * @member {boolean} held
             * @memberof ruvraft.wire.ShardStateAnswer
             * @instance
             */
            ShardStateAnswer.prototype.held = false;

            /**
             * ShardStateAnswer synced.
             * @member {boolean} synced
             * @memberof ruvraft.wire.ShardStateAnswer
             * @instance
             */
            ShardStateAnswer.prototype.synced = false;

            /**
             * ShardStateAnswer createdAtMs.
             * @member {number} createdAtMs
             * @memberof ruvraft.wire.ShardStateAnswer
             * @instance
             */
            ShardStateAnswer.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardStateAnswer vectorCount.
             * @member {number} vectorCount
             * @memberof ruvraft.wire.ShardStateAnswer
             * @instance
             */
            ShardStateAnswer.prototype.vectorCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardStateAnswer retired.
             * @member {boolean} retired
             * @memberof ruvraft.wire.ShardStateAnswer
             * @instance
             */
            ShardStateAnswer.prototype.retired = false;

            /**
             * ShardStateAnswer heldSinceIndex.
             * @member {number} heldSinceIndex
             * @memberof ruvraft.wire.ShardStateAnswer
             * @instance
             */
            ShardStateAnswer.prototype.heldSinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShardStateAnswer instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.ShardStateAnswer
             * @static
             * @param {ruvraft.wire.ShardStateAnswer.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.ShardStateAnswer} ShardStateAnswer instance
             * @type {{
             *   (properties: ruvraft.wire.ShardStateAnswer.$Shape): ruvraft.wire.ShardStateAnswer & ruvraft.wire.ShardStateAnswer.$Shape;
             *   (properties?: ruvraft.wire.ShardStateAnswer.$Properties): ruvraft.wire.ShardStateAnswer;
             * }}
             */
            ShardStateAnswer.create = function(properties) {
                return new ShardStateAnswer(properties);
            };

            /**
             * Encodes the specified ShardStateAnswer message. Does not implicitly {@link ruvraft.wire.ShardStateAnswer.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.ShardStateAnswer
             * @static
             * @param {ruvraft.wire.ShardStateAnswer.$Properties} message ShardStateAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardStateAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.held != null && $Object.hasOwnProperty.call(message, "held") && message.held !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.held);
                if (message.synced != null && $Object.hasOwnProperty.call(message, "synced") && message.synced !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.synced);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.createdAtMs);
                if (message.vectorCount != null && $Object.hasOwnProperty.call(message, "vectorCount") && (typeof message.vectorCount === "object" ? message.vectorCount.low || message.vectorCount.high : message.vectorCount !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.vectorCount);
                if (message.retired != null && $Object.hasOwnProperty.call(message, "retired") && message.retired !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.retired);
                if (message.heldSinceIndex != null && $Object.hasOwnProperty.call(message, "heldSinceIndex") && (typeof message.heldSinceIndex === "object" ? message.heldSinceIndex.low || message.heldSinceIndex.high : message.heldSinceIndex !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.heldSinceIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardStateAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.ShardStateAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.ShardStateAnswer & ruvraft.wire.ShardStateAnswer.$Shape} ShardStateAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardStateAnswer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.ShardStateAnswer();
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
                            if (value = reader.bool())
                                message.held = value;
                            else
                                delete message.held;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.synced = value;
                            else
                                delete message.synced;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vectorCount = value;
                            else
                                delete message.vectorCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retired = value;
                            else
                                delete message.retired;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heldSinceIndex = value;
                            else
                                delete message.heldSinceIndex;
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
             * Gets the type url for ShardStateAnswer
             * @function getTypeUrl
             * @memberof ruvraft.wire.ShardStateAnswer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardStateAnswer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.ShardStateAnswer";
            };

            return ShardStateAnswer;
        })();

        wire.ShardExport = (function() {

            /**
             * Properties of a ShardExport.
             * @typedef {Object} ruvraft.wire.ShardExport.$Properties
             * @property {string|null} [collection] ShardExport collection
             * @property {number|null} [shardId] ShardExport shardId
             * @property {string|null} [afterId] ShardExport afterId
             * @property {number|null} [limit] ShardExport limit
             * @property {number|null} [createdAtMs] ShardExport createdAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardExport.
             * @memberof ruvraft.wire
             * @interface IShardExport
             * @augments ruvraft.wire.ShardExport.$Properties
             * @deprecated Use ruvraft.wire.ShardExport.$Properties instead.
             */

            /**
             * Shape of a ShardExport.
             * @typedef {ruvraft.wire.ShardExport.$Properties} ruvraft.wire.ShardExport.$Shape
             */

            /**
             * Constructs a new ShardExport.
             * @memberof ruvraft.wire
             * @classdesc Represents a ShardExport.
             * @constructor
             * @param {ruvraft.wire.ShardExport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardExport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardExport collection.
             * @member {string} collection
             * @memberof ruvraft.wire.ShardExport
             * @instance
             */
            ShardExport.prototype.collection = "";

            /**
             * ShardExport shardId.
             * @member {number} shardId
             * @memberof ruvraft.wire.ShardExport
             * @instance
             */
            ShardExport.prototype.shardId = 0;

            /**
             * ShardExport afterId.
             * @member {string} afterId
             * @memberof ruvraft.wire.ShardExport
             * @instance
             */
            ShardExport.prototype.afterId = "";

            /**
             * ShardExport limit.
             * @member {number} limit
             * @memberof ruvraft.wire.ShardExport
             * @instance
             */
            ShardExport.prototype.limit = 0;

            /**
             * ShardExport createdAtMs.
             * @member {number} createdAtMs
             * @memberof ruvraft.wire.ShardExport
             * @instance
             */
            ShardExport.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShardExport instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.ShardExport
             * @static
             * @param {ruvraft.wire.ShardExport.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.ShardExport} ShardExport instance
             * @type {{
             *   (properties: ruvraft.wire.ShardExport.$Shape): ruvraft.wire.ShardExport & ruvraft.wire.ShardExport.$Shape;
             *   (properties?: ruvraft.wire.ShardExport.$Properties): ruvraft.wire.ShardExport;
             * }}
             */
            ShardExport.create = function(properties) {
                return new ShardExport(properties);
            };

            /**
             * Encodes the specified ShardExport message. Does not implicitly {@link ruvraft.wire.ShardExport.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.ShardExport
             * @static
             * @param {ruvraft.wire.ShardExport.$Properties} message ShardExport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardExport.encode = function (message, writer, _depth) {
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
                if (message.afterId != null && $Object.hasOwnProperty.call(message, "afterId") && message.afterId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.afterId);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShardExport message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.ShardExport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.ShardExport & ruvraft.wire.ShardExport.$Shape} ShardExport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardExport.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.ShardExport();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.afterId = value;
                            else
                                delete message.afterId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
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
             * Gets the type url for ShardExport
             * @function getTypeUrl
             * @memberof ruvraft.wire.ShardExport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardExport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.ShardExport";
            };

            return ShardExport;
        })();

        wire.VectorHit = (function() {

            /**
             * Properties of a VectorHit.
             * @typedef {Object} ruvraft.wire.VectorHit.$Properties
             * @property {string|null} [id] VectorHit id
             * @property {number|null} [score] VectorHit score
             * @property {string|null} [payload] VectorHit payload
             * @property {Uint8Array|null} [values] VectorHit values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VectorHit.
             * @memberof ruvraft.wire
             * @interface IVectorHit
             * @augments ruvraft.wire.VectorHit.$Properties
             * @deprecated Use ruvraft.wire.VectorHit.$Properties instead.
             */

            /**
             * Shape of a VectorHit.
             * @typedef {ruvraft.wire.VectorHit.$Properties} ruvraft.wire.VectorHit.$Shape
             */

            /**
             * Constructs a new VectorHit.
             * @memberof ruvraft.wire
             * @classdesc Represents a VectorHit.
             * @constructor
             * @param {ruvraft.wire.VectorHit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VectorHit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VectorHit id.
             * @member {string} id
             * @memberof ruvraft.wire.VectorHit
             * @instance
             */
            VectorHit.prototype.id = "";

            /**
             * VectorHit score.
             * @member {number} score
             * @memberof ruvraft.wire.VectorHit
             * @instance
             */
            VectorHit.prototype.score = 0;

            /**
             * VectorHit payload.
             * @member {string} payload
             * @memberof ruvraft.wire.VectorHit
             * @instance
             */
            VectorHit.prototype.payload = "";

            /**
             * VectorHit values.
             * @member {Uint8Array} values
             * @memberof ruvraft.wire.VectorHit
             * @instance
             */
            VectorHit.prototype.values = $util.newBuffer([]);

            /**
             * Creates a new VectorHit instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.VectorHit
             * @static
             * @param {ruvraft.wire.VectorHit.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.VectorHit} VectorHit instance
             * @type {{
             *   (properties: ruvraft.wire.VectorHit.$Shape): ruvraft.wire.VectorHit & ruvraft.wire.VectorHit.$Shape;
             *   (properties?: ruvraft.wire.VectorHit.$Properties): ruvraft.wire.VectorHit;
             * }}
             */
            VectorHit.create = function(properties) {
                return new VectorHit(properties);
            };

            /**
             * Encodes the specified VectorHit message. Does not implicitly {@link ruvraft.wire.VectorHit.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.VectorHit
             * @static
             * @param {ruvraft.wire.VectorHit.$Properties} message VectorHit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VectorHit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.payload);
                if (message.values != null && $Object.hasOwnProperty.call(message, "values") && message.values.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.values);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VectorHit message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.VectorHit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorHit & ruvraft.wire.VectorHit.$Shape} VectorHit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VectorHit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.VectorHit();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.values = value;
                            else
                                delete message.values;
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
             * Gets the type url for VectorHit
             * @function getTypeUrl
             * @memberof ruvraft.wire.VectorHit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VectorHit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.VectorHit";
            };

            return VectorHit;
        })();

        wire.VectorHits = (function() {

            /**
             * Properties of a VectorHits.
             * @typedef {Object} ruvraft.wire.VectorHits.$Properties
             * @property {Array.<ruvraft.wire.VectorHit.$Properties>|null} [hits] VectorHits hits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VectorHits.
             * @memberof ruvraft.wire
             * @interface IVectorHits
             * @augments ruvraft.wire.VectorHits.$Properties
             * @deprecated Use ruvraft.wire.VectorHits.$Properties instead.
             */

            /**
             * Shape of a VectorHits.
             * @typedef {ruvraft.wire.VectorHits.$Properties} ruvraft.wire.VectorHits.$Shape
             */

            /**
             * Constructs a new VectorHits.
             * @memberof ruvraft.wire
             * @classdesc Represents a VectorHits.
             * @constructor
             * @param {ruvraft.wire.VectorHits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VectorHits = function (properties) {
                this.hits = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VectorHits hits.
             * @member {Array.<ruvraft.wire.VectorHit.$Properties>} hits
             * @memberof ruvraft.wire.VectorHits
             * @instance
             */
            VectorHits.prototype.hits = $util.emptyArray;

            /**
             * Creates a new VectorHits instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.VectorHits
             * @static
             * @param {ruvraft.wire.VectorHits.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.VectorHits} VectorHits instance
             * @type {{
             *   (properties: ruvraft.wire.VectorHits.$Shape): ruvraft.wire.VectorHits & ruvraft.wire.VectorHits.$Shape;
             *   (properties?: ruvraft.wire.VectorHits.$Properties): ruvraft.wire.VectorHits;
             * }}
             */
            VectorHits.create = function(properties) {
                return new VectorHits(properties);
            };

            /**
             * Encodes the specified VectorHits message. Does not implicitly {@link ruvraft.wire.VectorHits.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.VectorHits
             * @static
             * @param {ruvraft.wire.VectorHits.$Properties} message VectorHits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VectorHits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hits != null && message.hits.length)
                    for (let i = 0; i < message.hits.length; ++i)
                        $root.ruvraft.wire.VectorHit.encode(message.hits[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VectorHits message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.VectorHits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorHits & ruvraft.wire.VectorHits.$Shape} VectorHits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VectorHits.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.VectorHits();
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
                            if (!(message.hits && message.hits.length))
                                message.hits = [];
                            message.hits.push($root.ruvraft.wire.VectorHit.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Gets the type url for VectorHits
             * @function getTypeUrl
             * @memberof ruvraft.wire.VectorHits
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VectorHits.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.VectorHits";
            };

            return VectorHits;
        })();

        wire.TakeSnapshot = (function() {

            /**
             * Properties of a TakeSnapshot.
             * @typedef {Object} ruvraft.wire.TakeSnapshot.$Properties
             * @property {number|null} [nodeId] TakeSnapshot nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TakeSnapshot.
             * @memberof ruvraft.wire
             * @interface ITakeSnapshot
             * @augments ruvraft.wire.TakeSnapshot.$Properties
             * @deprecated Use ruvraft.wire.TakeSnapshot.$Properties instead.
             */

            /**
             * Shape of a TakeSnapshot.
             * @typedef {ruvraft.wire.TakeSnapshot.$Properties} ruvraft.wire.TakeSnapshot.$Shape
             */

            /**
             * Constructs a new TakeSnapshot.
             * @memberof ruvraft.wire
             * @classdesc Represents a TakeSnapshot.
             * @constructor
             * @param {ruvraft.wire.TakeSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TakeSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TakeSnapshot nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.TakeSnapshot
             * @instance
             */
            TakeSnapshot.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TakeSnapshot instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.TakeSnapshot
             * @static
             * @param {ruvraft.wire.TakeSnapshot.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.TakeSnapshot} TakeSnapshot instance
             * @type {{
             *   (properties: ruvraft.wire.TakeSnapshot.$Shape): ruvraft.wire.TakeSnapshot & ruvraft.wire.TakeSnapshot.$Shape;
             *   (properties?: ruvraft.wire.TakeSnapshot.$Properties): ruvraft.wire.TakeSnapshot;
             * }}
             */
            TakeSnapshot.create = function(properties) {
                return new TakeSnapshot(properties);
            };

            /**
             * Encodes the specified TakeSnapshot message. Does not implicitly {@link ruvraft.wire.TakeSnapshot.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.TakeSnapshot
             * @static
             * @param {ruvraft.wire.TakeSnapshot.$Properties} message TakeSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TakeSnapshot.encode = function (message, writer, _depth) {
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
             * Decodes a TakeSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.TakeSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.TakeSnapshot & ruvraft.wire.TakeSnapshot.$Shape} TakeSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TakeSnapshot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.TakeSnapshot();
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
             * Gets the type url for TakeSnapshot
             * @function getTypeUrl
             * @memberof ruvraft.wire.TakeSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TakeSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.TakeSnapshot";
            };

            return TakeSnapshot;
        })();

        wire.Propose = (function() {

            /**
             * Properties of a Propose.
             * @typedef {Object} ruvraft.wire.Propose.$Properties
             * @property {number|null} [clientId] Propose clientId
             * @property {number|null} [sequence] Propose sequence
             * @property {Uint8Array|null} [command] Propose command
             * @property {number|null} [firstUnansweredSequence] Propose firstUnansweredSequence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Propose.
             * @memberof ruvraft.wire
             * @interface IPropose
             * @augments ruvraft.wire.Propose.$Properties
             * @deprecated Use ruvraft.wire.Propose.$Properties instead.
             */

            /**
             * Shape of a Propose.
             * @typedef {ruvraft.wire.Propose.$Properties} ruvraft.wire.Propose.$Shape
             */

            /**
             * Constructs a new Propose.
             * @memberof ruvraft.wire
             * @classdesc Represents a Propose.
             * @constructor
             * @param {ruvraft.wire.Propose.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Propose = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Propose clientId.
             * @member {number} clientId
             * @memberof ruvraft.wire.Propose
             * @instance
             */
            Propose.prototype.clientId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Propose sequence.
             * @member {number} sequence
             * @memberof ruvraft.wire.Propose
             * @instance
             */
            Propose.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Propose command.
             * @member {Uint8Array} command
             * @memberof ruvraft.wire.Propose
             * @instance
             */
            Propose.prototype.command = $util.newBuffer([]);

            /**
             * Propose firstUnansweredSequence.
             * @member {number} firstUnansweredSequence
             * @memberof ruvraft.wire.Propose
             * @instance
             */
            Propose.prototype.firstUnansweredSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Propose instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Propose
             * @static
             * @param {ruvraft.wire.Propose.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Propose} Propose instance
             * @type {{
             *   (properties: ruvraft.wire.Propose.$Shape): ruvraft.wire.Propose & ruvraft.wire.Propose.$Shape;
             *   (properties?: ruvraft.wire.Propose.$Properties): ruvraft.wire.Propose;
             * }}
             */
            Propose.create = function(properties) {
                return new Propose(properties);
            };

            /**
             * Encodes the specified Propose message. Does not implicitly {@link ruvraft.wire.Propose.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Propose
             * @static
             * @param {ruvraft.wire.Propose.$Properties} message Propose message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Propose.encode = function (message, writer, _depth) {
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
             * Decodes a Propose message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Propose
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Propose & ruvraft.wire.Propose.$Shape} Propose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Propose.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Propose();
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
             * Gets the type url for Propose
             * @function getTypeUrl
             * @memberof ruvraft.wire.Propose
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Propose.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Propose";
            };

            return Propose;
        })();

        /**
         * ReadMode enum.
         * @name ruvraft.wire.ReadMode
         * @enum {number}
         * @property {number} READ_MODE_UNSPECIFIED=0 READ_MODE_UNSPECIFIED value
         * @property {number} READ_MODE_LINEARIZABLE=1 READ_MODE_LINEARIZABLE value
         * @property {number} READ_MODE_LEASE=2 READ_MODE_LEASE value
         * @property {number} READ_MODE_STALE=3 READ_MODE_STALE value
         */
        wire.ReadMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "READ_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "READ_MODE_LINEARIZABLE"] = 1;
            values[valuesById[2] = "READ_MODE_LEASE"] = 2;
            values[valuesById[3] = "READ_MODE_STALE"] = 3;
            return values;
        })();

        wire.Read = (function() {

            /**
             * Properties of a Read.
             * @typedef {Object} ruvraft.wire.Read.$Properties
             * @property {ruvraft.wire.ReadMode|null} [mode] Read mode
             * @property {Uint8Array|null} [query] Read query
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Read.
             * @memberof ruvraft.wire
             * @interface IRead
             * @augments ruvraft.wire.Read.$Properties
             * @deprecated Use ruvraft.wire.Read.$Properties instead.
             */

            /**
             * Shape of a Read.
             * @typedef {ruvraft.wire.Read.$Properties} ruvraft.wire.Read.$Shape
             */

            /**
             * Constructs a new Read.
             * @memberof ruvraft.wire
             * @classdesc Represents a Read.
             * @constructor
             * @param {ruvraft.wire.Read.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Read = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Read mode.
             * @member {ruvraft.wire.ReadMode} mode
             * @memberof ruvraft.wire.Read
             * @instance
             */
            Read.prototype.mode = 0;

            /**
             * Read query.
             * @member {Uint8Array} query
             * @memberof ruvraft.wire.Read
             * @instance
             */
            Read.prototype.query = $util.newBuffer([]);

            /**
             * Creates a new Read instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Read
             * @static
             * @param {ruvraft.wire.Read.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Read} Read instance
             * @type {{
             *   (properties: ruvraft.wire.Read.$Shape): ruvraft.wire.Read & ruvraft.wire.Read.$Shape;
             *   (properties?: ruvraft.wire.Read.$Properties): ruvraft.wire.Read;
             * }}
             */
            Read.create = function(properties) {
                return new Read(properties);
            };

            /**
             * Encodes the specified Read message. Does not implicitly {@link ruvraft.wire.Read.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Read
             * @static
             * @param {ruvraft.wire.Read.$Properties} message Read message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Read.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.query);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Read
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Read & ruvraft.wire.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Read.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Read();
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
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.query = value;
                            else
                                delete message.query;
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
             * Gets the type url for Read
             * @function getTypeUrl
             * @memberof ruvraft.wire.Read
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Read.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Read";
            };

            return Read;
        })();

        wire.StatusRequest = (function() {

            /**
             * Properties of a StatusRequest.
             * @typedef {Object} ruvraft.wire.StatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusRequest.
             * @memberof ruvraft.wire
             * @interface IStatusRequest
             * @augments ruvraft.wire.StatusRequest.$Properties
             * @deprecated Use ruvraft.wire.StatusRequest.$Properties instead.
             */

            /**
             * Shape of a StatusRequest.
             * @typedef {ruvraft.wire.StatusRequest.$Properties} ruvraft.wire.StatusRequest.$Shape
             */

            /**
             * Constructs a new StatusRequest.
             * @memberof ruvraft.wire
             * @classdesc Represents a StatusRequest.
             * @constructor
             * @param {ruvraft.wire.StatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.StatusRequest
             * @static
             * @param {ruvraft.wire.StatusRequest.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.StatusRequest} StatusRequest instance
             * @type {{
             *   (properties: ruvraft.wire.StatusRequest.$Shape): ruvraft.wire.StatusRequest & ruvraft.wire.StatusRequest.$Shape;
             *   (properties?: ruvraft.wire.StatusRequest.$Properties): ruvraft.wire.StatusRequest;
             * }}
             */
            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link ruvraft.wire.StatusRequest.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.StatusRequest
             * @static
             * @param {ruvraft.wire.StatusRequest.$Properties} message StatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusRequest.encode = function (message, writer, _depth) {
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
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.StatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.StatusRequest & ruvraft.wire.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.StatusRequest();
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
             * Gets the type url for StatusRequest
             * @function getTypeUrl
             * @memberof ruvraft.wire.StatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.StatusRequest";
            };

            return StatusRequest;
        })();

        wire.MembersRequest = (function() {

            /**
             * Properties of a MembersRequest.
             * @typedef {Object} ruvraft.wire.MembersRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembersRequest.
             * @memberof ruvraft.wire
             * @interface IMembersRequest
             * @augments ruvraft.wire.MembersRequest.$Properties
             * @deprecated Use ruvraft.wire.MembersRequest.$Properties instead.
             */

            /**
             * Shape of a MembersRequest.
             * @typedef {ruvraft.wire.MembersRequest.$Properties} ruvraft.wire.MembersRequest.$Shape
             */

            /**
             * Constructs a new MembersRequest.
             * @memberof ruvraft.wire
             * @classdesc Represents a MembersRequest.
             * @constructor
             * @param {ruvraft.wire.MembersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new MembersRequest instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.MembersRequest
             * @static
             * @param {ruvraft.wire.MembersRequest.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.MembersRequest} MembersRequest instance
             * @type {{
             *   (properties: ruvraft.wire.MembersRequest.$Shape): ruvraft.wire.MembersRequest & ruvraft.wire.MembersRequest.$Shape;
             *   (properties?: ruvraft.wire.MembersRequest.$Properties): ruvraft.wire.MembersRequest;
             * }}
             */
            MembersRequest.create = function(properties) {
                return new MembersRequest(properties);
            };

            /**
             * Encodes the specified MembersRequest message. Does not implicitly {@link ruvraft.wire.MembersRequest.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.MembersRequest
             * @static
             * @param {ruvraft.wire.MembersRequest.$Properties} message MembersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembersRequest.encode = function (message, writer, _depth) {
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
             * Decodes a MembersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.MembersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.MembersRequest & ruvraft.wire.MembersRequest.$Shape} MembersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembersRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.MembersRequest();
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
             * Gets the type url for MembersRequest
             * @function getTypeUrl
             * @memberof ruvraft.wire.MembersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MembersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.MembersRequest";
            };

            return MembersRequest;
        })();

        wire.AddNode = (function() {

            /**
             * Properties of an AddNode.
             * @typedef {Object} ruvraft.wire.AddNode.$Properties
             * @property {number|null} [nodeId] AddNode nodeId
             * @property {string|null} [address] AddNode address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddNode.
             * @memberof ruvraft.wire
             * @interface IAddNode
             * @augments ruvraft.wire.AddNode.$Properties
             * @deprecated Use ruvraft.wire.AddNode.$Properties instead.
             */

            /**
             * Shape of an AddNode.
             * @typedef {ruvraft.wire.AddNode.$Properties} ruvraft.wire.AddNode.$Shape
             */

            /**
             * Constructs a new AddNode.
             * @memberof ruvraft.wire
             * @classdesc Represents an AddNode.
             * @constructor
             * @param {ruvraft.wire.AddNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddNode nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.AddNode
             * @instance
             */
            AddNode.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AddNode address.
             * @member {string} address
             * @memberof ruvraft.wire.AddNode
             * @instance
             */
            AddNode.prototype.address = "";

            /**
             * Creates a new AddNode instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.AddNode
             * @static
             * @param {ruvraft.wire.AddNode.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.AddNode} AddNode instance
             * @type {{
             *   (properties: ruvraft.wire.AddNode.$Shape): ruvraft.wire.AddNode & ruvraft.wire.AddNode.$Shape;
             *   (properties?: ruvraft.wire.AddNode.$Properties): ruvraft.wire.AddNode;
             * }}
             */
            AddNode.create = function(properties) {
                return new AddNode(properties);
            };

            /**
             * Encodes the specified AddNode message. Does not implicitly {@link ruvraft.wire.AddNode.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.AddNode
             * @static
             * @param {ruvraft.wire.AddNode.$Properties} message AddNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddNode.encode = function (message, writer, _depth) {
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
             * Decodes an AddNode message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.AddNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.AddNode & ruvraft.wire.AddNode.$Shape} AddNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddNode.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.AddNode();
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
             * Gets the type url for AddNode
             * @function getTypeUrl
             * @memberof ruvraft.wire.AddNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.AddNode";
            };

            return AddNode;
        })();

        wire.AddLearner = (function() {

            /**
             * Properties of an AddLearner.
             * @typedef {Object} ruvraft.wire.AddLearner.$Properties
             * @property {number|null} [nodeId] AddLearner nodeId
             * @property {string|null} [address] AddLearner address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddLearner.
             * @memberof ruvraft.wire
             * @interface IAddLearner
             * @augments ruvraft.wire.AddLearner.$Properties
             * @deprecated Use ruvraft.wire.AddLearner.$Properties instead.
             */

            /**
             * Shape of an AddLearner.
             * @typedef {ruvraft.wire.AddLearner.$Properties} ruvraft.wire.AddLearner.$Shape
             */

            /**
             * Constructs a new AddLearner.
             * @memberof ruvraft.wire
             * @classdesc Represents an AddLearner.
             * @constructor
             * @param {ruvraft.wire.AddLearner.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddLearner = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddLearner nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.AddLearner
             * @instance
             */
            AddLearner.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AddLearner address.
             * @member {string} address
             * @memberof ruvraft.wire.AddLearner
             * @instance
             */
            AddLearner.prototype.address = "";

            /**
             * Creates a new AddLearner instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.AddLearner
             * @static
             * @param {ruvraft.wire.AddLearner.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.AddLearner} AddLearner instance
             * @type {{
             *   (properties: ruvraft.wire.AddLearner.$Shape): ruvraft.wire.AddLearner & ruvraft.wire.AddLearner.$Shape;
             *   (properties?: ruvraft.wire.AddLearner.$Properties): ruvraft.wire.AddLearner;
             * }}
             */
            AddLearner.create = function(properties) {
                return new AddLearner(properties);
            };

            /**
             * Encodes the specified AddLearner message. Does not implicitly {@link ruvraft.wire.AddLearner.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.AddLearner
             * @static
             * @param {ruvraft.wire.AddLearner.$Properties} message AddLearner message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddLearner.encode = function (message, writer, _depth) {
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
             * Decodes an AddLearner message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.AddLearner
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.AddLearner & ruvraft.wire.AddLearner.$Shape} AddLearner
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddLearner.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.AddLearner();
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
             * Gets the type url for AddLearner
             * @function getTypeUrl
             * @memberof ruvraft.wire.AddLearner
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddLearner.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.AddLearner";
            };

            return AddLearner;
        })();

        wire.Promote = (function() {

            /**
             * Properties of a Promote.
             * @typedef {Object} ruvraft.wire.Promote.$Properties
             * @property {number|null} [nodeId] Promote nodeId
             * @property {boolean|null} [force] Promote force
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Promote.
             * @memberof ruvraft.wire
             * @interface IPromote
             * @augments ruvraft.wire.Promote.$Properties
             * @deprecated Use ruvraft.wire.Promote.$Properties instead.
             */

            /**
             * Shape of a Promote.
             * @typedef {ruvraft.wire.Promote.$Properties} ruvraft.wire.Promote.$Shape
             */

            /**
             * Constructs a new Promote.
             * @memberof ruvraft.wire
             * @classdesc Represents a Promote.
             * @constructor
             * @param {ruvraft.wire.Promote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Promote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Promote nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.Promote
             * @instance
             */
            Promote.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Promote force.
             * @member {boolean} force
             * @memberof ruvraft.wire.Promote
             * @instance
             */
            Promote.prototype.force = false;

            /**
             * Creates a new Promote instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Promote
             * @static
             * @param {ruvraft.wire.Promote.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Promote} Promote instance
             * @type {{
             *   (properties: ruvraft.wire.Promote.$Shape): ruvraft.wire.Promote & ruvraft.wire.Promote.$Shape;
             *   (properties?: ruvraft.wire.Promote.$Properties): ruvraft.wire.Promote;
             * }}
             */
            Promote.create = function(properties) {
                return new Promote(properties);
            };

            /**
             * Encodes the specified Promote message. Does not implicitly {@link ruvraft.wire.Promote.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Promote
             * @static
             * @param {ruvraft.wire.Promote.$Properties} message Promote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Promote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.force);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Promote message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Promote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Promote & ruvraft.wire.Promote.$Shape} Promote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Promote.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Promote();
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
                                message.force = value;
                            else
                                delete message.force;
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
             * Gets the type url for Promote
             * @function getTypeUrl
             * @memberof ruvraft.wire.Promote
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Promote.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Promote";
            };

            return Promote;
        })();

        wire.RemoveNode = (function() {

            /**
             * Properties of a RemoveNode.
             * @typedef {Object} ruvraft.wire.RemoveNode.$Properties
             * @property {number|null} [nodeId] RemoveNode nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveNode.
             * @memberof ruvraft.wire
             * @interface IRemoveNode
             * @augments ruvraft.wire.RemoveNode.$Properties
             * @deprecated Use ruvraft.wire.RemoveNode.$Properties instead.
             */

            /**
             * Shape of a RemoveNode.
             * @typedef {ruvraft.wire.RemoveNode.$Properties} ruvraft.wire.RemoveNode.$Shape
             */

            /**
             * Constructs a new RemoveNode.
             * @memberof ruvraft.wire
             * @classdesc Represents a RemoveNode.
             * @constructor
             * @param {ruvraft.wire.RemoveNode.$Properties=} [properties] Properties to set
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
             * @memberof ruvraft.wire.RemoveNode
             * @instance
             */
            RemoveNode.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RemoveNode instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.RemoveNode
             * @static
             * @param {ruvraft.wire.RemoveNode.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.RemoveNode} RemoveNode instance
             * @type {{
             *   (properties: ruvraft.wire.RemoveNode.$Shape): ruvraft.wire.RemoveNode & ruvraft.wire.RemoveNode.$Shape;
             *   (properties?: ruvraft.wire.RemoveNode.$Properties): ruvraft.wire.RemoveNode;
             * }}
             */
            RemoveNode.create = function(properties) {
                return new RemoveNode(properties);
            };

            /**
             * Encodes the specified RemoveNode message. Does not implicitly {@link ruvraft.wire.RemoveNode.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.RemoveNode
             * @static
             * @param {ruvraft.wire.RemoveNode.$Properties} message RemoveNode message or plain object to encode
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
             * @memberof ruvraft.wire.RemoveNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.RemoveNode & ruvraft.wire.RemoveNode.$Shape} RemoveNode
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
                message = _target || new $root.ruvraft.wire.RemoveNode();
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
             * @memberof ruvraft.wire.RemoveNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RemoveNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.RemoveNode";
            };

            return RemoveNode;
        })();

        wire.TransferLeader = (function() {

            /**
             * Properties of a TransferLeader.
             * @typedef {Object} ruvraft.wire.TransferLeader.$Properties
             * @property {number|null} [target] TransferLeader target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferLeader.
             * @memberof ruvraft.wire
             * @interface ITransferLeader
             * @augments ruvraft.wire.TransferLeader.$Properties
             * @deprecated Use ruvraft.wire.TransferLeader.$Properties instead.
             */

            /**
             * Shape of a TransferLeader.
             * @typedef {ruvraft.wire.TransferLeader.$Properties} ruvraft.wire.TransferLeader.$Shape
             */

            /**
             * Constructs a new TransferLeader.
             * @memberof ruvraft.wire
             * @classdesc Represents a TransferLeader.
             * @constructor
             * @param {ruvraft.wire.TransferLeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferLeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferLeader target.
             * @member {number} target
             * @memberof ruvraft.wire.TransferLeader
             * @instance
             */
            TransferLeader.prototype.target = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TransferLeader instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.TransferLeader
             * @static
             * @param {ruvraft.wire.TransferLeader.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.TransferLeader} TransferLeader instance
             * @type {{
             *   (properties: ruvraft.wire.TransferLeader.$Shape): ruvraft.wire.TransferLeader & ruvraft.wire.TransferLeader.$Shape;
             *   (properties?: ruvraft.wire.TransferLeader.$Properties): ruvraft.wire.TransferLeader;
             * }}
             */
            TransferLeader.create = function(properties) {
                return new TransferLeader(properties);
            };

            /**
             * Encodes the specified TransferLeader message. Does not implicitly {@link ruvraft.wire.TransferLeader.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.TransferLeader
             * @static
             * @param {ruvraft.wire.TransferLeader.$Properties} message TransferLeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferLeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && (typeof message.target === "object" ? message.target.low || message.target.high : message.target !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.target);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferLeader message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.TransferLeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.TransferLeader & ruvraft.wire.TransferLeader.$Shape} TransferLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferLeader.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.TransferLeader();
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
                                message.target = value;
                            else
                                delete message.target;
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
             * Gets the type url for TransferLeader
             * @function getTypeUrl
             * @memberof ruvraft.wire.TransferLeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TransferLeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.TransferLeader";
            };

            return TransferLeader;
        })();

        wire.ClientResponse = (function() {

            /**
             * Properties of a ClientResponse.
             * @typedef {Object} ruvraft.wire.ClientResponse.$Properties
             * @property {number|null} [requestId] ClientResponse requestId
             * @property {ruvraft.wire.Ok.$Properties|null} [ok] ClientResponse ok
             * @property {ruvraft.wire.Error.$Properties|null} [error] ClientResponse error
             * @property {ruvraft.wire.Status.$Properties|null} [status] ClientResponse status
             * @property {ruvraft.wire.Members.$Properties|null} [members] ClientResponse members
             * @property {ruvraft.wire.SnapshotTaken.$Properties|null} [snapshotTaken] ClientResponse snapshotTaken
             * @property {ruvraft.wire.VectorHits.$Properties|null} [vectorHits] ClientResponse vectorHits
             * @property {ruvraft.wire.ShardStateAnswer.$Properties|null} [shardState] ClientResponse shardState
             * @property {"ok"|"error"|"status"|"members"|"snapshotTaken"|"vectorHits"|"shardState"} [body] ClientResponse body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientResponse.
             * @memberof ruvraft.wire
             * @interface IClientResponse
             * @augments ruvraft.wire.ClientResponse.$Properties
             * @deprecated Use ruvraft.wire.ClientResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientResponse.
             * @typedef {{
             *   requestId?: number|null;
             *   ok?: ruvraft.wire.Ok.$Shape|null;
             *   error?: ruvraft.wire.Error.$Shape|null;
             *   status?: ruvraft.wire.Status.$Shape|null;
             *   members?: ruvraft.wire.Members.$Shape|null;
             *   snapshotTaken?: ruvraft.wire.SnapshotTaken.$Shape|null;
             *   vectorHits?: ruvraft.wire.VectorHits.$Shape|null;
             *   shardState?: ruvraft.wire.ShardStateAnswer.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ok?: null; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "ok"; ok: ruvraft.wire.Ok.$Shape; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "error"; ok?: null; error: ruvraft.wire.Error.$Shape; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "status"; ok?: null; error?: null; status: ruvraft.wire.Status.$Shape; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "members"; ok?: null; error?: null; status?: null; members: ruvraft.wire.Members.$Shape; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "snapshotTaken"; ok?: null; error?: null; status?: null; members?: null; snapshotTaken: ruvraft.wire.SnapshotTaken.$Shape; vectorHits?: null; shardState?: null }|{ body?: "vectorHits"; ok?: null; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits: ruvraft.wire.VectorHits.$Shape; shardState?: null }|{ body?: "shardState"; ok?: null; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState: ruvraft.wire.ShardStateAnswer.$Shape })
             * )} ruvraft.wire.ClientResponse.$Shape
             */

            /**
             * Constructs a new ClientResponse.
             * @memberof ruvraft.wire
             * @classdesc Represents a ClientResponse.
             * @constructor
             * @param {ruvraft.wire.ClientResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientResponse requestId.
             * @member {number} requestId
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse ok.
             * @member {ruvraft.wire.Ok.$Properties|null|undefined} ok
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.ok = null;

            /**
             * ClientResponse error.
             * @member {ruvraft.wire.Error.$Properties|null|undefined} error
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.error = null;

            /**
             * ClientResponse status.
             * @member {ruvraft.wire.Status.$Properties|null|undefined} status
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.status = null;

            /**
             * ClientResponse members.
             * @member {ruvraft.wire.Members.$Properties|null|undefined} members
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.members = null;

            /**
             * ClientResponse snapshotTaken.
             * @member {ruvraft.wire.SnapshotTaken.$Properties|null|undefined} snapshotTaken
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.snapshotTaken = null;

            /**
             * ClientResponse vectorHits.
             * @member {ruvraft.wire.VectorHits.$Properties|null|undefined} vectorHits
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.vectorHits = null;

            /**
             * ClientResponse shardState.
             * @member {ruvraft.wire.ShardStateAnswer.$Properties|null|undefined} shardState
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            ClientResponse.prototype.shardState = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientResponse body.
             * @member {"ok"|"error"|"status"|"members"|"snapshotTaken"|"vectorHits"|"shardState"|undefined} body
             * @memberof ruvraft.wire.ClientResponse
             * @instance
             */
            $Object.defineProperty(ClientResponse.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ok", "error", "status", "members", "snapshotTaken", "vectorHits", "shardState"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientResponse instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.ClientResponse
             * @static
             * @param {ruvraft.wire.ClientResponse.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.ClientResponse} ClientResponse instance
             * @type {{
             *   (properties: ruvraft.wire.ClientResponse.$Shape): ruvraft.wire.ClientResponse & ruvraft.wire.ClientResponse.$Shape;
             *   (properties?: ruvraft.wire.ClientResponse.$Properties): ruvraft.wire.ClientResponse;
             * }}
             */
            ClientResponse.create = function(properties) {
                return new ClientResponse(properties);
            };

            /**
             * Encodes the specified ClientResponse message. Does not implicitly {@link ruvraft.wire.ClientResponse.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.ClientResponse
             * @static
             * @param {ruvraft.wire.ClientResponse.$Properties} message ClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.ruvraft.wire.Ok.encode(message.ok, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.ruvraft.wire.Error.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.ruvraft.wire.Status.encode(message.status, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                    $root.ruvraft.wire.Members.encode(message.members, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.snapshotTaken != null && $Object.hasOwnProperty.call(message, "snapshotTaken"))
                    $root.ruvraft.wire.SnapshotTaken.encode(message.snapshotTaken, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.vectorHits != null && $Object.hasOwnProperty.call(message, "vectorHits"))
                    $root.ruvraft.wire.VectorHits.encode(message.vectorHits, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.shardState != null && $Object.hasOwnProperty.call(message, "shardState"))
                    $root.ruvraft.wire.ShardStateAnswer.encode(message.shardState, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.ClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.ClientResponse & ruvraft.wire.ClientResponse.$Shape} ClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.ClientResponse();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.ruvraft.wire.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.body = "ok";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.ruvraft.wire.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.ruvraft.wire.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.body = "status";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.members = $root.ruvraft.wire.Members.decode(reader, reader.size(), $undefined, _depth + 1, message.members);
                            message.body = "members";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.snapshotTaken = $root.ruvraft.wire.SnapshotTaken.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotTaken);
                            message.body = "snapshotTaken";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.vectorHits = $root.ruvraft.wire.VectorHits.decode(reader, reader.size(), $undefined, _depth + 1, message.vectorHits);
                            message.body = "vectorHits";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.shardState = $root.ruvraft.wire.ShardStateAnswer.decode(reader, reader.size(), $undefined, _depth + 1, message.shardState);
                            message.body = "shardState";
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
             * Gets the type url for ClientResponse
             * @function getTypeUrl
             * @memberof ruvraft.wire.ClientResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.ClientResponse";
            };

            return ClientResponse;
        })();

        wire.SnapshotTaken = (function() {

            /**
             * Properties of a SnapshotTaken.
             * @typedef {Object} ruvraft.wire.SnapshotTaken.$Properties
             * @property {number|null} [index] SnapshotTaken index
             * @property {number|null} [term] SnapshotTaken term
             * @property {number|null} [nodeId] SnapshotTaken nodeId
             * @property {string|null} [file] SnapshotTaken file
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotTaken.
             * @memberof ruvraft.wire
             * @interface ISnapshotTaken
             * @augments ruvraft.wire.SnapshotTaken.$Properties
             * @deprecated Use ruvraft.wire.SnapshotTaken.$Properties instead.
             */

            /**
             * Shape of a SnapshotTaken.
             * @typedef {ruvraft.wire.SnapshotTaken.$Properties} ruvraft.wire.SnapshotTaken.$Shape
             */

            /**
             * Constructs a new SnapshotTaken.
             * @memberof ruvraft.wire
             * @classdesc Represents a SnapshotTaken.
             * @constructor
             * @param {ruvraft.wire.SnapshotTaken.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotTaken = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotTaken index.
             * @member {number} index
             * @memberof ruvraft.wire.SnapshotTaken
             * @instance
             */
            SnapshotTaken.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTaken term.
             * @member {number} term
             * @memberof ruvraft.wire.SnapshotTaken
             * @instance
             */
            SnapshotTaken.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTaken nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.SnapshotTaken
             * @instance
             */
            SnapshotTaken.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTaken file.
             * @member {string} file
             * @memberof ruvraft.wire.SnapshotTaken
             * @instance
             */
            SnapshotTaken.prototype.file = "";

            /**
             * Creates a new SnapshotTaken instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.SnapshotTaken
             * @static
             * @param {ruvraft.wire.SnapshotTaken.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.SnapshotTaken} SnapshotTaken instance
             * @type {{
             *   (properties: ruvraft.wire.SnapshotTaken.$Shape): ruvraft.wire.SnapshotTaken & ruvraft.wire.SnapshotTaken.$Shape;
             *   (properties?: ruvraft.wire.SnapshotTaken.$Properties): ruvraft.wire.SnapshotTaken;
             * }}
             */
            SnapshotTaken.create = function(properties) {
                return new SnapshotTaken(properties);
            };

            /**
             * Encodes the specified SnapshotTaken message. Does not implicitly {@link ruvraft.wire.SnapshotTaken.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.SnapshotTaken
             * @static
             * @param {ruvraft.wire.SnapshotTaken.$Properties} message SnapshotTaken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotTaken.encode = function (message, writer, _depth) {
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
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nodeId);
                if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.file);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotTaken message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.SnapshotTaken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotTaken & ruvraft.wire.SnapshotTaken.$Shape} SnapshotTaken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotTaken.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.SnapshotTaken();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.file = value;
                            else
                                delete message.file;
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
             * Gets the type url for SnapshotTaken
             * @function getTypeUrl
             * @memberof ruvraft.wire.SnapshotTaken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotTaken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.SnapshotTaken";
            };

            return SnapshotTaken;
        })();

        wire.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} ruvraft.wire.Ok.$Properties
             * @property {Uint8Array|null} [result] Ok result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof ruvraft.wire
             * @interface IOk
             * @augments ruvraft.wire.Ok.$Properties
             * @deprecated Use ruvraft.wire.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {ruvraft.wire.Ok.$Properties} ruvraft.wire.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof ruvraft.wire
             * @classdesc Represents an Ok.
             * @constructor
             * @param {ruvraft.wire.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ok result.
             * @member {Uint8Array} result
             * @memberof ruvraft.wire.Ok
             * @instance
             */
            Ok.prototype.result = $util.newBuffer([]);

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Ok
             * @static
             * @param {ruvraft.wire.Ok.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Ok} Ok instance
             * @type {{
             *   (properties: ruvraft.wire.Ok.$Shape): ruvraft.wire.Ok & ruvraft.wire.Ok.$Shape;
             *   (properties?: ruvraft.wire.Ok.$Properties): ruvraft.wire.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link ruvraft.wire.Ok.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Ok
             * @static
             * @param {ruvraft.wire.Ok.$Properties} message Ok message or plain object to encode
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
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.result);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Ok & ruvraft.wire.Ok.$Shape} Ok
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
                message = _target || new $root.ruvraft.wire.Ok();
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
                            if ((value = reader.bytes()).length)
                                message.result = value;
                            else
                                delete message.result;
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
             * @memberof ruvraft.wire.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Ok";
            };

            return Ok;
        })();

        wire.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} ruvraft.wire.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [leaderId] Error leaderId
             * @property {string|null} [leaderAddress] Error leaderAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof ruvraft.wire
             * @interface IError
             * @augments ruvraft.wire.Error.$Properties
             * @deprecated Use ruvraft.wire.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {ruvraft.wire.Error.$Properties} ruvraft.wire.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof ruvraft.wire
             * @classdesc Represents an Error.
             * @constructor
             * @param {ruvraft.wire.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof ruvraft.wire.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof ruvraft.wire.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error leaderId.
             * @member {number} leaderId
             * @memberof ruvraft.wire.Error
             * @instance
             */
            Error.prototype.leaderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Error leaderAddress.
             * @member {string} leaderAddress
             * @memberof ruvraft.wire.Error
             * @instance
             */
            Error.prototype.leaderAddress = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Error
             * @static
             * @param {ruvraft.wire.Error.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Error} Error instance
             * @type {{
             *   (properties: ruvraft.wire.Error.$Shape): ruvraft.wire.Error & ruvraft.wire.Error.$Shape;
             *   (properties?: ruvraft.wire.Error.$Properties): ruvraft.wire.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link ruvraft.wire.Error.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Error
             * @static
             * @param {ruvraft.wire.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && (typeof message.leaderId === "object" ? message.leaderId.low || message.leaderId.high : message.leaderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.leaderId);
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress") && message.leaderAddress !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.leaderAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Error & ruvraft.wire.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Error();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderAddress = value;
                            else
                                delete message.leaderAddress;
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
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof ruvraft.wire.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Error";
            };

            return Error;
        })();

        wire.PeerProgress = (function() {

            /**
             * Properties of a PeerProgress.
             * @typedef {Object} ruvraft.wire.PeerProgress.$Properties
             * @property {number|null} [nodeId] PeerProgress nodeId
             * @property {string|null} [address] PeerProgress address
             * @property {number|null} [matchIndex] PeerProgress matchIndex
             * @property {string|null} [role] PeerProgress role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerProgress.
             * @memberof ruvraft.wire
             * @interface IPeerProgress
             * @augments ruvraft.wire.PeerProgress.$Properties
             * @deprecated Use ruvraft.wire.PeerProgress.$Properties instead.
             */

            /**
             * Shape of a PeerProgress.
             * @typedef {ruvraft.wire.PeerProgress.$Properties} ruvraft.wire.PeerProgress.$Shape
             */

            /**
             * Constructs a new PeerProgress.
             * @memberof ruvraft.wire
             * @classdesc Represents a PeerProgress.
             * @constructor
             * @param {ruvraft.wire.PeerProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerProgress nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.PeerProgress
             * @instance
             */
            PeerProgress.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerProgress address.
             * @member {string} address
             * @memberof ruvraft.wire.PeerProgress
             * @instance
             */
            PeerProgress.prototype.address = "";

            /**
             * PeerProgress matchIndex.
             * @member {number} matchIndex
             * @memberof ruvraft.wire.PeerProgress
             * @instance
             */
            PeerProgress.prototype.matchIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerProgress role.
             * @member {string} role
             * @memberof ruvraft.wire.PeerProgress
             * @instance
             */
            PeerProgress.prototype.role = "";

            /**
             * Creates a new PeerProgress instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.PeerProgress
             * @static
             * @param {ruvraft.wire.PeerProgress.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.PeerProgress} PeerProgress instance
             * @type {{
             *   (properties: ruvraft.wire.PeerProgress.$Shape): ruvraft.wire.PeerProgress & ruvraft.wire.PeerProgress.$Shape;
             *   (properties?: ruvraft.wire.PeerProgress.$Properties): ruvraft.wire.PeerProgress;
             * }}
             */
            PeerProgress.create = function(properties) {
                return new PeerProgress(properties);
            };

            /**
             * Encodes the specified PeerProgress message. Does not implicitly {@link ruvraft.wire.PeerProgress.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.PeerProgress
             * @static
             * @param {ruvraft.wire.PeerProgress.$Properties} message PeerProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerProgress.encode = function (message, writer, _depth) {
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
                if (message.matchIndex != null && $Object.hasOwnProperty.call(message, "matchIndex") && (typeof message.matchIndex === "object" ? message.matchIndex.low || message.matchIndex.high : message.matchIndex !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.matchIndex);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerProgress message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.PeerProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.PeerProgress & ruvraft.wire.PeerProgress.$Shape} PeerProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerProgress.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.PeerProgress();
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
                                message.matchIndex = value;
                            else
                                delete message.matchIndex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
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
             * Gets the type url for PeerProgress
             * @function getTypeUrl
             * @memberof ruvraft.wire.PeerProgress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.PeerProgress";
            };

            return PeerProgress;
        })();

        wire.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} ruvraft.wire.Status.$Properties
             * @property {number|null} [nodeId] Status nodeId
             * @property {string|null} [address] Status address
             * @property {string|null} [role] Status role
             * @property {number|null} [term] Status term
             * @property {number|null} [leaderId] Status leaderId
             * @property {number|null} [commitIndex] Status commitIndex
             * @property {number|null} [appliedIndex] Status appliedIndex
             * @property {number|null} [lastIndex] Status lastIndex
             * @property {Array.<ruvraft.wire.PeerProgress.$Properties>|null} [peers] Status peers
             * @property {boolean|null} [learner] Status learner
             * @property {string|null} [version] Status version
             * @property {number|null} [logDiskBytes] Status logDiskBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof ruvraft.wire
             * @interface IStatus
             * @augments ruvraft.wire.Status.$Properties
             * @deprecated Use ruvraft.wire.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {ruvraft.wire.Status.$Properties} ruvraft.wire.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof ruvraft.wire
             * @classdesc Represents a Status.
             * @constructor
             * @param {ruvraft.wire.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status address.
             * @member {string} address
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.address = "";

            /**
             * Status role.
             * @member {string} role
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.role = "";

            /**
             * Status term.
             * @member {number} term
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status leaderId.
             * @member {number} leaderId
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.leaderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status commitIndex.
             * @member {number} commitIndex
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.commitIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status appliedIndex.
             * @member {number} appliedIndex
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status lastIndex.
             * @member {number} lastIndex
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.lastIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status peers.
             * @member {Array.<ruvraft.wire.PeerProgress.$Properties>} peers
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.peers = $util.emptyArray;

            /**
             * Status learner.
             * @member {boolean} learner
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.learner = false;

            /**
             * Status version.
             * @member {string} version
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.version = "";

            /**
             * Status logDiskBytes.
             * @member {number} logDiskBytes
             * @memberof ruvraft.wire.Status
             * @instance
             */
            Status.prototype.logDiskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Status
             * @static
             * @param {ruvraft.wire.Status.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Status} Status instance
             * @type {{
             *   (properties: ruvraft.wire.Status.$Shape): ruvraft.wire.Status & ruvraft.wire.Status.$Shape;
             *   (properties?: ruvraft.wire.Status.$Properties): ruvraft.wire.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link ruvraft.wire.Status.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Status
             * @static
             * @param {ruvraft.wire.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
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
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && (typeof message.leaderId === "object" ? message.leaderId.low || message.leaderId.high : message.leaderId !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.leaderId);
                if (message.commitIndex != null && $Object.hasOwnProperty.call(message, "commitIndex") && (typeof message.commitIndex === "object" ? message.commitIndex.low || message.commitIndex.high : message.commitIndex !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.commitIndex);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.appliedIndex);
                if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex") && (typeof message.lastIndex === "object" ? message.lastIndex.low || message.lastIndex.high : message.lastIndex !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastIndex);
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.ruvraft.wire.PeerProgress.encode(message.peers[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.learner != null && $Object.hasOwnProperty.call(message, "learner") && message.learner !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.learner);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.version);
                if (message.logDiskBytes != null && $Object.hasOwnProperty.call(message, "logDiskBytes") && (typeof message.logDiskBytes === "object" ? message.logDiskBytes.low || message.logDiskBytes.high : message.logDiskBytes !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.logDiskBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Status & ruvraft.wire.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Status();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commitIndex = value;
                            else
                                delete message.commitIndex;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastIndex = value;
                            else
                                delete message.lastIndex;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.ruvraft.wire.PeerProgress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.learner = value;
                            else
                                delete message.learner;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logDiskBytes = value;
                            else
                                delete message.logDiskBytes;
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
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof ruvraft.wire.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Status";
            };

            return Status;
        })();

        wire.Member = (function() {

            /**
             * Properties of a Member.
             * @typedef {Object} ruvraft.wire.Member.$Properties
             * @property {number|null} [nodeId] Member nodeId
             * @property {string|null} [address] Member address
             * @property {boolean|null} [voter] Member voter
             * @property {boolean|null} [learner] Member learner
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Member.
             * @memberof ruvraft.wire
             * @interface IMember
             * @augments ruvraft.wire.Member.$Properties
             * @deprecated Use ruvraft.wire.Member.$Properties instead.
             */

            /**
             * Shape of a Member.
             * @typedef {ruvraft.wire.Member.$Properties} ruvraft.wire.Member.$Shape
             */

            /**
             * Constructs a new Member.
             * @memberof ruvraft.wire
             * @classdesc Represents a Member.
             * @constructor
             * @param {ruvraft.wire.Member.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Member = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Member nodeId.
             * @member {number} nodeId
             * @memberof ruvraft.wire.Member
             * @instance
             */
            Member.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Member address.
             * @member {string} address
             * @memberof ruvraft.wire.Member
             * @instance
             */
            Member.prototype.address = "";

            /**
             * Member voter.
             * @member {boolean} voter
             * @memberof ruvraft.wire.Member
             * @instance
             */
            Member.prototype.voter = false;

            /**
             * Member learner.
             * @member {boolean} learner
             * @memberof ruvraft.wire.Member
             * @instance
             */
            Member.prototype.learner = false;

            /**
             * Creates a new Member instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Member
             * @static
             * @param {ruvraft.wire.Member.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Member} Member instance
             * @type {{
             *   (properties: ruvraft.wire.Member.$Shape): ruvraft.wire.Member & ruvraft.wire.Member.$Shape;
             *   (properties?: ruvraft.wire.Member.$Properties): ruvraft.wire.Member;
             * }}
             */
            Member.create = function(properties) {
                return new Member(properties);
            };

            /**
             * Encodes the specified Member message. Does not implicitly {@link ruvraft.wire.Member.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Member
             * @static
             * @param {ruvraft.wire.Member.$Properties} message Member message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encode = function (message, writer, _depth) {
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
                if (message.voter != null && $Object.hasOwnProperty.call(message, "voter") && message.voter !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.voter);
                if (message.learner != null && $Object.hasOwnProperty.call(message, "learner") && message.learner !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.learner);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Member & ruvraft.wire.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Member();
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
                            if (value = reader.bool())
                                message.voter = value;
                            else
                                delete message.voter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.learner = value;
                            else
                                delete message.learner;
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
             * Gets the type url for Member
             * @function getTypeUrl
             * @memberof ruvraft.wire.Member
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Member";
            };

            return Member;
        })();

        wire.Members = (function() {

            /**
             * Properties of a Members.
             * @typedef {Object} ruvraft.wire.Members.$Properties
             * @property {Array.<ruvraft.wire.Member.$Properties>|null} [members] Members members
             * @property {number|null} [leaderId] Members leaderId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Members.
             * @memberof ruvraft.wire
             * @interface IMembers
             * @augments ruvraft.wire.Members.$Properties
             * @deprecated Use ruvraft.wire.Members.$Properties instead.
             */

            /**
             * Shape of a Members.
             * @typedef {ruvraft.wire.Members.$Properties} ruvraft.wire.Members.$Shape
             */

            /**
             * Constructs a new Members.
             * @memberof ruvraft.wire
             * @classdesc Represents a Members.
             * @constructor
             * @param {ruvraft.wire.Members.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Members = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Members members.
             * @member {Array.<ruvraft.wire.Member.$Properties>} members
             * @memberof ruvraft.wire.Members
             * @instance
             */
            Members.prototype.members = $util.emptyArray;

            /**
             * Members leaderId.
             * @member {number} leaderId
             * @memberof ruvraft.wire.Members
             * @instance
             */
            Members.prototype.leaderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Members instance using the specified properties.
             * @function create
             * @memberof ruvraft.wire.Members
             * @static
             * @param {ruvraft.wire.Members.$Properties=} [properties] Properties to set
             * @returns {ruvraft.wire.Members} Members instance
             * @type {{
             *   (properties: ruvraft.wire.Members.$Shape): ruvraft.wire.Members & ruvraft.wire.Members.$Shape;
             *   (properties?: ruvraft.wire.Members.$Properties): ruvraft.wire.Members;
             * }}
             */
            Members.create = function(properties) {
                return new Members(properties);
            };

            /**
             * Encodes the specified Members message. Does not implicitly {@link ruvraft.wire.Members.verify|verify} messages.
             * @function encode
             * @memberof ruvraft.wire.Members
             * @static
             * @param {ruvraft.wire.Members.$Properties} message Members message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Members.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.ruvraft.wire.Member.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && (typeof message.leaderId === "object" ? message.leaderId.low || message.leaderId.high : message.leaderId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.leaderId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Members message from the specified reader or buffer.
             * @function decode
             * @memberof ruvraft.wire.Members
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ruvraft.wire.Members & ruvraft.wire.Members.$Shape} Members
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Members.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.ruvraft.wire.Members();
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
                            message.members.push($root.ruvraft.wire.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderId = value;
                            else
                                delete message.leaderId;
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
             * Gets the type url for Members
             * @function getTypeUrl
             * @memberof ruvraft.wire.Members
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Members.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ruvraft.wire.Members";
            };

            return Members;
        })();

        return wire;
    })();

    return ruvraft;
})();

export {
  $root as default
};
