import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ruvraft. */
export namespace ruvraft {

    /** Namespace wire. */
    namespace wire {

        /**
         * Properties of an Envelope.
         * @deprecated Use ruvraft.wire.Envelope.$Properties instead.
         */
        interface IEnvelope extends ruvraft.wire.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope hello. */
            hello?: (ruvraft.wire.Hello.$Properties|null);

            /** Envelope helloReply. */
            helloReply?: (ruvraft.wire.HelloReply.$Properties|null);

            /** Envelope proof. */
            proof?: (ruvraft.wire.HelloProof.$Properties|null);

            /** Envelope raft. */
            raft?: (ruvraft.wire.RaftMessage.$Properties|null);

            /** Envelope snapshotChunk. */
            snapshotChunk?: (ruvraft.wire.SnapshotChunk.$Properties|null);

            /** Envelope snapshotAck. */
            snapshotAck?: (ruvraft.wire.SnapshotAck.$Properties|null);

            /** Envelope clientRequest. */
            clientRequest?: (ruvraft.wire.ClientRequest.$Properties|null);

            /** Envelope clientResponse. */
            clientResponse?: (ruvraft.wire.ClientResponse.$Properties|null);

            /** Envelope goodbye. */
            goodbye?: (ruvraft.wire.Goodbye.$Properties|null);

            /** Envelope welcome. */
            welcome?: (ruvraft.wire.Welcome.$Properties|null);

            /** Envelope kind. */
            kind?: ("hello"|"helloReply"|"proof"|"raft"|"snapshotChunk"|"snapshotAck"|"clientRequest"|"clientResponse"|"goodbye"|"welcome");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: ruvraft.wire.Envelope.$Shape): ruvraft.wire.Envelope & ruvraft.wire.Envelope.$Shape;
            static create(properties?: ruvraft.wire.Envelope.$Properties): ruvraft.wire.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link ruvraft.wire.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Envelope & ruvraft.wire.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Envelope & ruvraft.wire.Envelope.$Shape;

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope hello */
                hello?: (ruvraft.wire.Hello.$Properties|null);

                /** Envelope helloReply */
                helloReply?: (ruvraft.wire.HelloReply.$Properties|null);

                /** Envelope proof */
                proof?: (ruvraft.wire.HelloProof.$Properties|null);

                /** Envelope raft */
                raft?: (ruvraft.wire.RaftMessage.$Properties|null);

                /** Envelope snapshotChunk */
                snapshotChunk?: (ruvraft.wire.SnapshotChunk.$Properties|null);

                /** Envelope snapshotAck */
                snapshotAck?: (ruvraft.wire.SnapshotAck.$Properties|null);

                /** Envelope clientRequest */
                clientRequest?: (ruvraft.wire.ClientRequest.$Properties|null);

                /** Envelope clientResponse */
                clientResponse?: (ruvraft.wire.ClientResponse.$Properties|null);

                /** Envelope goodbye */
                goodbye?: (ruvraft.wire.Goodbye.$Properties|null);

                /** Envelope welcome */
                welcome?: (ruvraft.wire.Welcome.$Properties|null);

                /** Envelope kind */
                kind?: ("hello"|"helloReply"|"proof"|"raft"|"snapshotChunk"|"snapshotAck"|"clientRequest"|"clientResponse"|"goodbye"|"welcome");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              hello?: ruvraft.wire.Hello.$Shape|null;
              helloReply?: ruvraft.wire.HelloReply.$Shape|null;
              proof?: ruvraft.wire.HelloProof.$Shape|null;
              raft?: ruvraft.wire.RaftMessage.$Shape|null;
              snapshotChunk?: ruvraft.wire.SnapshotChunk.$Shape|null;
              snapshotAck?: ruvraft.wire.SnapshotAck.$Shape|null;
              clientRequest?: ruvraft.wire.ClientRequest.$Shape|null;
              clientResponse?: ruvraft.wire.ClientResponse.$Shape|null;
              goodbye?: ruvraft.wire.Goodbye.$Shape|null;
              welcome?: ruvraft.wire.Welcome.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "hello"; hello: ruvraft.wire.Hello.$Shape; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "helloReply"; hello?: null; helloReply: ruvraft.wire.HelloReply.$Shape; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "proof"; hello?: null; helloReply?: null; proof: ruvraft.wire.HelloProof.$Shape; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "raft"; hello?: null; helloReply?: null; proof?: null; raft: ruvraft.wire.RaftMessage.$Shape; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "snapshotChunk"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk: ruvraft.wire.SnapshotChunk.$Shape; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "snapshotAck"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck: ruvraft.wire.SnapshotAck.$Shape; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "clientRequest"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest: ruvraft.wire.ClientRequest.$Shape; clientResponse?: null; goodbye?: null; welcome?: null }|{ kind?: "clientResponse"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse: ruvraft.wire.ClientResponse.$Shape; goodbye?: null; welcome?: null }|{ kind?: "goodbye"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye: ruvraft.wire.Goodbye.$Shape; welcome?: null }|{ kind?: "welcome"; hello?: null; helloReply?: null; proof?: null; raft?: null; snapshotChunk?: null; snapshotAck?: null; clientRequest?: null; clientResponse?: null; goodbye?: null; welcome: ruvraft.wire.Welcome.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use ruvraft.wire.Hello.$Properties instead.
         */
        interface IHello extends ruvraft.wire.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello clusterId. */
            clusterId: string;

            /** Hello nodeId. */
            nodeId: number;

            /** Hello nonce. */
            nonce: Uint8Array;

            /** Hello targetNodeId. */
            targetNodeId: number;

            /** Hello incarnation. */
            incarnation: number;

            /** Hello generation. */
            generation: number;

            /** Hello credential. */
            credential: ruvraft.wire.Credential;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: ruvraft.wire.Hello.$Shape): ruvraft.wire.Hello & ruvraft.wire.Hello.$Shape;
            static create(properties?: ruvraft.wire.Hello.$Properties): ruvraft.wire.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link ruvraft.wire.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Hello & ruvraft.wire.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Hello & ruvraft.wire.Hello.$Shape;

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello clusterId */
                clusterId?: (string|null);

                /** Hello nodeId */
                nodeId?: (number|null);

                /** Hello nonce */
                nonce?: (Uint8Array|null);

                /** Hello targetNodeId */
                targetNodeId?: (number|null);

                /** Hello incarnation */
                incarnation?: (number|null);

                /** Hello generation */
                generation?: (number|null);

                /** Hello credential */
                credential?: (ruvraft.wire.Credential|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = ruvraft.wire.Hello.$Properties;
        }

        /** Credential enum. */
        enum Credential {

            /** CREDENTIAL_CLUSTER value */
            CREDENTIAL_CLUSTER = 0,

            /** CREDENTIAL_CLIENT value */
            CREDENTIAL_CLIENT = 1
        }

        /**
         * Properties of a HelloReply.
         * @deprecated Use ruvraft.wire.HelloReply.$Properties instead.
         */
        interface IHelloReply extends ruvraft.wire.HelloReply.$Properties {
        }

        /** Represents a HelloReply. */
        class HelloReply {

            /**
             * Constructs a new HelloReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.HelloReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloReply protocolVersion. */
            protocolVersion: number;

            /** HelloReply clusterId. */
            clusterId: string;

            /** HelloReply nodeId. */
            nodeId: number;

            /** HelloReply nonce. */
            nonce: Uint8Array;

            /** HelloReply proof. */
            proof: Uint8Array;

            /** HelloReply incarnation. */
            incarnation: number;

            /** HelloReply generation. */
            generation: number;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloReply instance
             */
            static create(properties: ruvraft.wire.HelloReply.$Shape): ruvraft.wire.HelloReply & ruvraft.wire.HelloReply.$Shape;
            static create(properties?: ruvraft.wire.HelloReply.$Properties): ruvraft.wire.HelloReply;

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link ruvraft.wire.HelloReply.verify|verify} messages.
             * @param message HelloReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.HelloReply & ruvraft.wire.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.HelloReply & ruvraft.wire.HelloReply.$Shape;

            /**
             * Gets the type url for HelloReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloReply {

            /** Properties of a HelloReply. */
            interface $Properties {

                /** HelloReply protocolVersion */
                protocolVersion?: (number|null);

                /** HelloReply clusterId */
                clusterId?: (string|null);

                /** HelloReply nodeId */
                nodeId?: (number|null);

                /** HelloReply nonce */
                nonce?: (Uint8Array|null);

                /** HelloReply proof */
                proof?: (Uint8Array|null);

                /** HelloReply incarnation */
                incarnation?: (number|null);

                /** HelloReply generation */
                generation?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloReply. */
            type $Shape = ruvraft.wire.HelloReply.$Properties;
        }

        /**
         * Properties of a HelloProof.
         * @deprecated Use ruvraft.wire.HelloProof.$Properties instead.
         */
        interface IHelloProof extends ruvraft.wire.HelloProof.$Properties {
        }

        /** Represents a HelloProof. */
        class HelloProof {

            /**
             * Constructs a new HelloProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.HelloProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloProof proof. */
            proof: Uint8Array;

            /** HelloProof generation. */
            generation: number;

            /**
             * Creates a new HelloProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloProof instance
             */
            static create(properties: ruvraft.wire.HelloProof.$Shape): ruvraft.wire.HelloProof & ruvraft.wire.HelloProof.$Shape;
            static create(properties?: ruvraft.wire.HelloProof.$Properties): ruvraft.wire.HelloProof;

            /**
             * Encodes the specified HelloProof message. Does not implicitly {@link ruvraft.wire.HelloProof.verify|verify} messages.
             * @param message HelloProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.HelloProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.HelloProof & ruvraft.wire.HelloProof.$Shape} HelloProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.HelloProof & ruvraft.wire.HelloProof.$Shape;

            /**
             * Gets the type url for HelloProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloProof {

            /** Properties of a HelloProof. */
            interface $Properties {

                /** HelloProof proof */
                proof?: (Uint8Array|null);

                /** HelloProof generation */
                generation?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloProof. */
            type $Shape = ruvraft.wire.HelloProof.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use ruvraft.wire.Welcome.$Properties instead.
         */
        interface IWelcome extends ruvraft.wire.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: ruvraft.wire.Welcome.$Shape): ruvraft.wire.Welcome & ruvraft.wire.Welcome.$Shape;
            static create(properties?: ruvraft.wire.Welcome.$Properties): ruvraft.wire.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link ruvraft.wire.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Welcome & ruvraft.wire.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Welcome & ruvraft.wire.Welcome.$Shape;

            /**
             * Gets the type url for Welcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = ruvraft.wire.Welcome.$Properties;
        }

        /**
         * Properties of a Goodbye.
         * @deprecated Use ruvraft.wire.Goodbye.$Properties instead.
         */
        interface IGoodbye extends ruvraft.wire.Goodbye.$Properties {
        }

        /** Represents a Goodbye. */
        class Goodbye {

            /**
             * Constructs a new Goodbye.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Goodbye.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Goodbye code. */
            code: string;

            /** Goodbye reason. */
            reason: string;

            /**
             * Creates a new Goodbye instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Goodbye instance
             */
            static create(properties: ruvraft.wire.Goodbye.$Shape): ruvraft.wire.Goodbye & ruvraft.wire.Goodbye.$Shape;
            static create(properties?: ruvraft.wire.Goodbye.$Properties): ruvraft.wire.Goodbye;

            /**
             * Encodes the specified Goodbye message. Does not implicitly {@link ruvraft.wire.Goodbye.verify|verify} messages.
             * @param message Goodbye message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Goodbye.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Goodbye message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Goodbye & ruvraft.wire.Goodbye.$Shape} Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Goodbye & ruvraft.wire.Goodbye.$Shape;

            /**
             * Gets the type url for Goodbye
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Goodbye {

            /** Properties of a Goodbye. */
            interface $Properties {

                /** Goodbye code */
                code?: (string|null);

                /** Goodbye reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Goodbye. */
            type $Shape = ruvraft.wire.Goodbye.$Properties;
        }

        /** MessageType enum. */
        enum MessageType {

            /** MESSAGE_TYPE_UNSPECIFIED value */
            MESSAGE_TYPE_UNSPECIFIED = 0,

            /** MESSAGE_TYPE_VOTE value */
            MESSAGE_TYPE_VOTE = 1,

            /** MESSAGE_TYPE_VOTE_RESPONSE value */
            MESSAGE_TYPE_VOTE_RESPONSE = 2,

            /** MESSAGE_TYPE_PRE_VOTE value */
            MESSAGE_TYPE_PRE_VOTE = 3,

            /** MESSAGE_TYPE_PRE_VOTE_RESPONSE value */
            MESSAGE_TYPE_PRE_VOTE_RESPONSE = 4,

            /** MESSAGE_TYPE_APPEND value */
            MESSAGE_TYPE_APPEND = 5,

            /** MESSAGE_TYPE_APPEND_RESPONSE value */
            MESSAGE_TYPE_APPEND_RESPONSE = 6,

            /** MESSAGE_TYPE_HEARTBEAT value */
            MESSAGE_TYPE_HEARTBEAT = 7,

            /** MESSAGE_TYPE_HEARTBEAT_RESPONSE value */
            MESSAGE_TYPE_HEARTBEAT_RESPONSE = 8,

            /** MESSAGE_TYPE_SNAPSHOT value */
            MESSAGE_TYPE_SNAPSHOT = 9,

            /** MESSAGE_TYPE_TIMEOUT_NOW value */
            MESSAGE_TYPE_TIMEOUT_NOW = 10,

            /** MESSAGE_TYPE_READ_INDEX value */
            MESSAGE_TYPE_READ_INDEX = 11,

            /** MESSAGE_TYPE_READ_INDEX_RESPONSE value */
            MESSAGE_TYPE_READ_INDEX_RESPONSE = 12
        }

        /** EntryType enum. */
        enum EntryType {

            /** ENTRY_TYPE_UNSPECIFIED value */
            ENTRY_TYPE_UNSPECIFIED = 0,

            /** ENTRY_TYPE_NORMAL value */
            ENTRY_TYPE_NORMAL = 1,

            /** ENTRY_TYPE_CONF_CHANGE value */
            ENTRY_TYPE_CONF_CHANGE = 2,

            /** ENTRY_TYPE_NO_OP value */
            ENTRY_TYPE_NO_OP = 3
        }

        /**
         * Properties of an Entry.
         * @deprecated Use ruvraft.wire.Entry.$Properties instead.
         */
        interface IEntry extends ruvraft.wire.Entry.$Properties {
        }

        /** Represents an Entry. */
        class Entry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Entry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entry index. */
            index: number;

            /** Entry term. */
            term: number;

            /** Entry type. */
            type: ruvraft.wire.EntryType;

            /** Entry data. */
            data: Uint8Array;

            /**
             * Creates a new Entry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Entry instance
             */
            static create(properties: ruvraft.wire.Entry.$Shape): ruvraft.wire.Entry & ruvraft.wire.Entry.$Shape;
            static create(properties?: ruvraft.wire.Entry.$Properties): ruvraft.wire.Entry;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link ruvraft.wire.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Entry & ruvraft.wire.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Entry & ruvraft.wire.Entry.$Shape;

            /**
             * Gets the type url for Entry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entry {

            /** Properties of an Entry. */
            interface $Properties {

                /** Entry index */
                index?: (number|null);

                /** Entry term */
                term?: (number|null);

                /** Entry type */
                type?: (ruvraft.wire.EntryType|null);

                /** Entry data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Entry. */
            type $Shape = ruvraft.wire.Entry.$Properties;
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use ruvraft.wire.ConfState.$Properties instead.
         */
        interface IConfState extends ruvraft.wire.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.ConfState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfState voters. */
            voters: number[];

            /** ConfState votersOutgoing. */
            votersOutgoing: number[];

            /** ConfState learners. */
            learners: number[];

            /** ConfState learnersNext. */
            learnersNext: number[];

            /** ConfState autoLeave. */
            autoLeave: boolean;

            /** ConfState incarnations. */
            incarnations: ruvraft.wire.MemberIncarnation.$Properties[];

            /**
             * Creates a new ConfState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfState instance
             */
            static create(properties: ruvraft.wire.ConfState.$Shape): ruvraft.wire.ConfState & ruvraft.wire.ConfState.$Shape;
            static create(properties?: ruvraft.wire.ConfState.$Properties): ruvraft.wire.ConfState;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link ruvraft.wire.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.ConfState & ruvraft.wire.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.ConfState & ruvraft.wire.ConfState.$Shape;

            /**
             * Gets the type url for ConfState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfState {

            /** Properties of a ConfState. */
            interface $Properties {

                /** ConfState voters */
                voters?: (number[]|null);

                /** ConfState votersOutgoing */
                votersOutgoing?: (number[]|null);

                /** ConfState learners */
                learners?: (number[]|null);

                /** ConfState learnersNext */
                learnersNext?: (number[]|null);

                /** ConfState autoLeave */
                autoLeave?: (boolean|null);

                /** ConfState incarnations */
                incarnations?: (ruvraft.wire.MemberIncarnation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = ruvraft.wire.ConfState.$Properties;
        }

        /**
         * Properties of a MemberIncarnation.
         * @deprecated Use ruvraft.wire.MemberIncarnation.$Properties instead.
         */
        interface IMemberIncarnation extends ruvraft.wire.MemberIncarnation.$Properties {
        }

        /** Represents a MemberIncarnation. */
        class MemberIncarnation {

            /**
             * Constructs a new MemberIncarnation.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.MemberIncarnation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberIncarnation nodeId. */
            nodeId: number;

            /** MemberIncarnation incarnation. */
            incarnation: number;

            /**
             * Creates a new MemberIncarnation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberIncarnation instance
             */
            static create(properties: ruvraft.wire.MemberIncarnation.$Shape): ruvraft.wire.MemberIncarnation & ruvraft.wire.MemberIncarnation.$Shape;
            static create(properties?: ruvraft.wire.MemberIncarnation.$Properties): ruvraft.wire.MemberIncarnation;

            /**
             * Encodes the specified MemberIncarnation message. Does not implicitly {@link ruvraft.wire.MemberIncarnation.verify|verify} messages.
             * @param message MemberIncarnation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.MemberIncarnation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberIncarnation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.MemberIncarnation & ruvraft.wire.MemberIncarnation.$Shape} MemberIncarnation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.MemberIncarnation & ruvraft.wire.MemberIncarnation.$Shape;

            /**
             * Gets the type url for MemberIncarnation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberIncarnation {

            /** Properties of a MemberIncarnation. */
            interface $Properties {

                /** MemberIncarnation nodeId */
                nodeId?: (number|null);

                /** MemberIncarnation incarnation */
                incarnation?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberIncarnation. */
            type $Shape = ruvraft.wire.MemberIncarnation.$Properties;
        }

        /**
         * Properties of a SnapshotMetadata.
         * @deprecated Use ruvraft.wire.SnapshotMetadata.$Properties instead.
         */
        interface ISnapshotMetadata extends ruvraft.wire.SnapshotMetadata.$Properties {
        }

        /** Represents a SnapshotMetadata. */
        class SnapshotMetadata {

            /**
             * Constructs a new SnapshotMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.SnapshotMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotMetadata index. */
            index: number;

            /** SnapshotMetadata term. */
            term: number;

            /** SnapshotMetadata confState. */
            confState?: (ruvraft.wire.ConfState.$Properties|null);

            /**
             * Creates a new SnapshotMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotMetadata instance
             */
            static create(properties: ruvraft.wire.SnapshotMetadata.$Shape): ruvraft.wire.SnapshotMetadata & ruvraft.wire.SnapshotMetadata.$Shape;
            static create(properties?: ruvraft.wire.SnapshotMetadata.$Properties): ruvraft.wire.SnapshotMetadata;

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link ruvraft.wire.SnapshotMetadata.verify|verify} messages.
             * @param message SnapshotMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotMetadata & ruvraft.wire.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.SnapshotMetadata & ruvraft.wire.SnapshotMetadata.$Shape;

            /**
             * Gets the type url for SnapshotMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotMetadata {

            /** Properties of a SnapshotMetadata. */
            interface $Properties {

                /** SnapshotMetadata index */
                index?: (number|null);

                /** SnapshotMetadata term */
                term?: (number|null);

                /** SnapshotMetadata confState */
                confState?: (ruvraft.wire.ConfState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotMetadata. */
            type $Shape = ruvraft.wire.SnapshotMetadata.$Properties;
        }

        /**
         * Properties of a RaftMessage.
         * @deprecated Use ruvraft.wire.RaftMessage.$Properties instead.
         */
        interface IRaftMessage extends ruvraft.wire.RaftMessage.$Properties {
        }

        /** Represents a RaftMessage. */
        class RaftMessage {

            /**
             * Constructs a new RaftMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.RaftMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftMessage type. */
            type: ruvraft.wire.MessageType;

            /** RaftMessage from. */
            from: number;

            /** RaftMessage to. */
            to: number;

            /** RaftMessage term. */
            term: number;

            /** RaftMessage lastLogIndex. */
            lastLogIndex: number;

            /** RaftMessage lastLogTerm. */
            lastLogTerm: number;

            /** RaftMessage transfer. */
            transfer: boolean;

            /** RaftMessage reject. */
            reject: boolean;

            /** RaftMessage prevLogIndex. */
            prevLogIndex: number;

            /** RaftMessage prevLogTerm. */
            prevLogTerm: number;

            /** RaftMessage entries. */
            entries: ruvraft.wire.Entry.$Properties[];

            /** RaftMessage commit. */
            commit: number;

            /** RaftMessage index. */
            index: number;

            /** RaftMessage rejectHintIndex. */
            rejectHintIndex: number;

            /** RaftMessage rejectHintTerm. */
            rejectHintTerm: number;

            /** RaftMessage context. */
            context: Uint8Array;

            /** RaftMessage sentMs. */
            sentMs: number;

            /** RaftMessage snapshot. */
            snapshot?: (ruvraft.wire.SnapshotMetadata.$Properties|null);

            /** RaftMessage lease. */
            lease: boolean;

            /** RaftMessage toIncarnation. */
            toIncarnation?: (number|null);

            /** RaftMessage commitOnly. */
            commitOnly: boolean;

            /**
             * Creates a new RaftMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftMessage instance
             */
            static create(properties: ruvraft.wire.RaftMessage.$Shape): ruvraft.wire.RaftMessage & ruvraft.wire.RaftMessage.$Shape;
            static create(properties?: ruvraft.wire.RaftMessage.$Properties): ruvraft.wire.RaftMessage;

            /**
             * Encodes the specified RaftMessage message. Does not implicitly {@link ruvraft.wire.RaftMessage.verify|verify} messages.
             * @param message RaftMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.RaftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.RaftMessage & ruvraft.wire.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.RaftMessage & ruvraft.wire.RaftMessage.$Shape;

            /**
             * Gets the type url for RaftMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftMessage {

            /** Properties of a RaftMessage. */
            interface $Properties {

                /** RaftMessage type */
                type?: (ruvraft.wire.MessageType|null);

                /** RaftMessage from */
                from?: (number|null);

                /** RaftMessage to */
                to?: (number|null);

                /** RaftMessage term */
                term?: (number|null);

                /** RaftMessage lastLogIndex */
                lastLogIndex?: (number|null);

                /** RaftMessage lastLogTerm */
                lastLogTerm?: (number|null);

                /** RaftMessage transfer */
                transfer?: (boolean|null);

                /** RaftMessage reject */
                reject?: (boolean|null);

                /** RaftMessage prevLogIndex */
                prevLogIndex?: (number|null);

                /** RaftMessage prevLogTerm */
                prevLogTerm?: (number|null);

                /** RaftMessage entries */
                entries?: (ruvraft.wire.Entry.$Properties[]|null);

                /** RaftMessage commit */
                commit?: (number|null);

                /** RaftMessage index */
                index?: (number|null);

                /** RaftMessage rejectHintIndex */
                rejectHintIndex?: (number|null);

                /** RaftMessage rejectHintTerm */
                rejectHintTerm?: (number|null);

                /** RaftMessage context */
                context?: (Uint8Array|null);

                /** RaftMessage sentMs */
                sentMs?: (number|null);

                /** RaftMessage snapshot */
                snapshot?: (ruvraft.wire.SnapshotMetadata.$Properties|null);

                /** RaftMessage lease */
                lease?: (boolean|null);

                /** RaftMessage toIncarnation */
                toIncarnation?: (number|null);

                /** RaftMessage commitOnly */
                commitOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftMessage. */
            type $Shape = ruvraft.wire.RaftMessage.$Properties;
        }

        /**
         * Properties of a SnapshotChunk.
         * @deprecated Use ruvraft.wire.SnapshotChunk.$Properties instead.
         */
        interface ISnapshotChunk extends ruvraft.wire.SnapshotChunk.$Properties {
        }

        /** Represents a SnapshotChunk. */
        class SnapshotChunk {

            /**
             * Constructs a new SnapshotChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.SnapshotChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotChunk streamId. */
            streamId: number;

            /** SnapshotChunk offset. */
            offset: number;

            /** SnapshotChunk data. */
            data: Uint8Array;

            /** SnapshotChunk message. */
            message?: (ruvraft.wire.RaftMessage.$Properties|null);

            /** SnapshotChunk last. */
            last: boolean;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotChunk instance
             */
            static create(properties: ruvraft.wire.SnapshotChunk.$Shape): ruvraft.wire.SnapshotChunk & ruvraft.wire.SnapshotChunk.$Shape;
            static create(properties?: ruvraft.wire.SnapshotChunk.$Properties): ruvraft.wire.SnapshotChunk;

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link ruvraft.wire.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotChunk & ruvraft.wire.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.SnapshotChunk & ruvraft.wire.SnapshotChunk.$Shape;

            /**
             * Gets the type url for SnapshotChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotChunk {

            /** Properties of a SnapshotChunk. */
            interface $Properties {

                /** SnapshotChunk streamId */
                streamId?: (number|null);

                /** SnapshotChunk offset */
                offset?: (number|null);

                /** SnapshotChunk data */
                data?: (Uint8Array|null);

                /** SnapshotChunk message */
                message?: (ruvraft.wire.RaftMessage.$Properties|null);

                /** SnapshotChunk last */
                last?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotChunk. */
            type $Shape = ruvraft.wire.SnapshotChunk.$Properties;
        }

        /**
         * Properties of a SnapshotAck.
         * @deprecated Use ruvraft.wire.SnapshotAck.$Properties instead.
         */
        interface ISnapshotAck extends ruvraft.wire.SnapshotAck.$Properties {
        }

        /** Represents a SnapshotAck. */
        class SnapshotAck {

            /**
             * Constructs a new SnapshotAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.SnapshotAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotAck streamId. */
            streamId: number;

            /** SnapshotAck ok. */
            ok: boolean;

            /** SnapshotAck reason. */
            reason: string;

            /**
             * Creates a new SnapshotAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotAck instance
             */
            static create(properties: ruvraft.wire.SnapshotAck.$Shape): ruvraft.wire.SnapshotAck & ruvraft.wire.SnapshotAck.$Shape;
            static create(properties?: ruvraft.wire.SnapshotAck.$Properties): ruvraft.wire.SnapshotAck;

            /**
             * Encodes the specified SnapshotAck message. Does not implicitly {@link ruvraft.wire.SnapshotAck.verify|verify} messages.
             * @param message SnapshotAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.SnapshotAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotAck & ruvraft.wire.SnapshotAck.$Shape} SnapshotAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.SnapshotAck & ruvraft.wire.SnapshotAck.$Shape;

            /**
             * Gets the type url for SnapshotAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotAck {

            /** Properties of a SnapshotAck. */
            interface $Properties {

                /** SnapshotAck streamId */
                streamId?: (number|null);

                /** SnapshotAck ok */
                ok?: (boolean|null);

                /** SnapshotAck reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotAck. */
            type $Shape = ruvraft.wire.SnapshotAck.$Properties;
        }

        /**
         * Properties of a ClientRequest.
         * @deprecated Use ruvraft.wire.ClientRequest.$Properties instead.
         */
        interface IClientRequest extends ruvraft.wire.ClientRequest.$Properties {
        }

        /** Represents a ClientRequest. */
        class ClientRequest {

            /**
             * Constructs a new ClientRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.ClientRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientRequest requestId. */
            requestId: number;

            /** ClientRequest propose. */
            propose?: (ruvraft.wire.Propose.$Properties|null);

            /** ClientRequest read. */
            read?: (ruvraft.wire.Read.$Properties|null);

            /** ClientRequest status. */
            status?: (ruvraft.wire.StatusRequest.$Properties|null);

            /** ClientRequest members. */
            members?: (ruvraft.wire.MembersRequest.$Properties|null);

            /** ClientRequest addNode. */
            addNode?: (ruvraft.wire.AddNode.$Properties|null);

            /** ClientRequest addLearner. */
            addLearner?: (ruvraft.wire.AddLearner.$Properties|null);

            /** ClientRequest promote. */
            promote?: (ruvraft.wire.Promote.$Properties|null);

            /** ClientRequest removeNode. */
            removeNode?: (ruvraft.wire.RemoveNode.$Properties|null);

            /** ClientRequest transferLeader. */
            transferLeader?: (ruvraft.wire.TransferLeader.$Properties|null);

            /** ClientRequest takeSnapshot. */
            takeSnapshot?: (ruvraft.wire.TakeSnapshot.$Properties|null);

            /** ClientRequest vectorUpsert. */
            vectorUpsert?: (ruvraft.wire.VectorUpsert.$Properties|null);

            /** ClientRequest vectorSearch. */
            vectorSearch?: (ruvraft.wire.VectorSearch.$Properties|null);

            /** ClientRequest vectorGet. */
            vectorGet?: (ruvraft.wire.VectorGet.$Properties|null);

            /** ClientRequest shardState. */
            shardState?: (ruvraft.wire.ShardState.$Properties|null);

            /** ClientRequest shardExport. */
            shardExport?: (ruvraft.wire.ShardExport.$Properties|null);

            /** ClientRequest body. */
            body?: ("propose"|"read"|"status"|"members"|"addNode"|"addLearner"|"promote"|"removeNode"|"transferLeader"|"takeSnapshot"|"vectorUpsert"|"vectorSearch"|"vectorGet"|"shardState"|"shardExport");

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientRequest instance
             */
            static create(properties: ruvraft.wire.ClientRequest.$Shape): ruvraft.wire.ClientRequest & ruvraft.wire.ClientRequest.$Shape;
            static create(properties?: ruvraft.wire.ClientRequest.$Properties): ruvraft.wire.ClientRequest;

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link ruvraft.wire.ClientRequest.verify|verify} messages.
             * @param message ClientRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.ClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.ClientRequest & ruvraft.wire.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.ClientRequest & ruvraft.wire.ClientRequest.$Shape;

            /**
             * Gets the type url for ClientRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientRequest {

            /** Properties of a ClientRequest. */
            interface $Properties {

                /** ClientRequest requestId */
                requestId?: (number|null);

                /** ClientRequest propose */
                propose?: (ruvraft.wire.Propose.$Properties|null);

                /** ClientRequest read */
                read?: (ruvraft.wire.Read.$Properties|null);

                /** ClientRequest status */
                status?: (ruvraft.wire.StatusRequest.$Properties|null);

                /** ClientRequest members */
                members?: (ruvraft.wire.MembersRequest.$Properties|null);

                /** ClientRequest addNode */
                addNode?: (ruvraft.wire.AddNode.$Properties|null);

                /** ClientRequest addLearner */
                addLearner?: (ruvraft.wire.AddLearner.$Properties|null);

                /** ClientRequest promote */
                promote?: (ruvraft.wire.Promote.$Properties|null);

                /** ClientRequest removeNode */
                removeNode?: (ruvraft.wire.RemoveNode.$Properties|null);

                /** ClientRequest transferLeader */
                transferLeader?: (ruvraft.wire.TransferLeader.$Properties|null);

                /** ClientRequest takeSnapshot */
                takeSnapshot?: (ruvraft.wire.TakeSnapshot.$Properties|null);

                /** ClientRequest vectorUpsert */
                vectorUpsert?: (ruvraft.wire.VectorUpsert.$Properties|null);

                /** ClientRequest vectorSearch */
                vectorSearch?: (ruvraft.wire.VectorSearch.$Properties|null);

                /** ClientRequest vectorGet */
                vectorGet?: (ruvraft.wire.VectorGet.$Properties|null);

                /** ClientRequest shardState */
                shardState?: (ruvraft.wire.ShardState.$Properties|null);

                /** ClientRequest shardExport */
                shardExport?: (ruvraft.wire.ShardExport.$Properties|null);

                /** ClientRequest body */
                body?: ("propose"|"read"|"status"|"members"|"addNode"|"addLearner"|"promote"|"removeNode"|"transferLeader"|"takeSnapshot"|"vectorUpsert"|"vectorSearch"|"vectorGet"|"shardState"|"shardExport");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientRequest. */
            type $Shape = {
              requestId?: number|null;
              propose?: ruvraft.wire.Propose.$Shape|null;
              read?: ruvraft.wire.Read.$Shape|null;
              status?: ruvraft.wire.StatusRequest.$Shape|null;
              members?: ruvraft.wire.MembersRequest.$Shape|null;
              addNode?: ruvraft.wire.AddNode.$Shape|null;
              addLearner?: ruvraft.wire.AddLearner.$Shape|null;
              promote?: ruvraft.wire.Promote.$Shape|null;
              removeNode?: ruvraft.wire.RemoveNode.$Shape|null;
              transferLeader?: ruvraft.wire.TransferLeader.$Shape|null;
              takeSnapshot?: ruvraft.wire.TakeSnapshot.$Shape|null;
              vectorUpsert?: ruvraft.wire.VectorUpsert.$Shape|null;
              vectorSearch?: ruvraft.wire.VectorSearch.$Shape|null;
              vectorGet?: ruvraft.wire.VectorGet.$Shape|null;
              shardState?: ruvraft.wire.ShardState.$Shape|null;
              shardExport?: ruvraft.wire.ShardExport.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "propose"; propose: ruvraft.wire.Propose.$Shape; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "read"; propose?: null; read: ruvraft.wire.Read.$Shape; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "status"; propose?: null; read?: null; status: ruvraft.wire.StatusRequest.$Shape; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "members"; propose?: null; read?: null; status?: null; members: ruvraft.wire.MembersRequest.$Shape; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "addNode"; propose?: null; read?: null; status?: null; members?: null; addNode: ruvraft.wire.AddNode.$Shape; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "addLearner"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner: ruvraft.wire.AddLearner.$Shape; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "promote"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote: ruvraft.wire.Promote.$Shape; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "removeNode"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode: ruvraft.wire.RemoveNode.$Shape; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "transferLeader"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader: ruvraft.wire.TransferLeader.$Shape; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "takeSnapshot"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot: ruvraft.wire.TakeSnapshot.$Shape; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "vectorUpsert"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert: ruvraft.wire.VectorUpsert.$Shape; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "vectorSearch"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch: ruvraft.wire.VectorSearch.$Shape; vectorGet?: null; shardState?: null; shardExport?: null }|{ body?: "vectorGet"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet: ruvraft.wire.VectorGet.$Shape; shardState?: null; shardExport?: null }|{ body?: "shardState"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState: ruvraft.wire.ShardState.$Shape; shardExport?: null }|{ body?: "shardExport"; propose?: null; read?: null; status?: null; members?: null; addNode?: null; addLearner?: null; promote?: null; removeNode?: null; transferLeader?: null; takeSnapshot?: null; vectorUpsert?: null; vectorSearch?: null; vectorGet?: null; shardState?: null; shardExport: ruvraft.wire.ShardExport.$Shape })
            );
        }

        /** VectorHop enum. */
        enum VectorHop {

            /** VECTOR_HOP_CLIENT value */
            VECTOR_HOP_CLIENT = 0,

            /** VECTOR_HOP_PRIMARY value */
            VECTOR_HOP_PRIMARY = 1,

            /** VECTOR_HOP_REPLICA value */
            VECTOR_HOP_REPLICA = 2
        }

        /**
         * Properties of a VectorRecord.
         * @deprecated Use ruvraft.wire.VectorRecord.$Properties instead.
         */
        interface IVectorRecord extends ruvraft.wire.VectorRecord.$Properties {
        }

        /** Represents a VectorRecord. */
        class VectorRecord {

            /**
             * Constructs a new VectorRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.VectorRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VectorRecord id. */
            id: string;

            /** VectorRecord values. */
            values: Uint8Array;

            /** VectorRecord payload. */
            payload: string;

            /**
             * Creates a new VectorRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VectorRecord instance
             */
            static create(properties: ruvraft.wire.VectorRecord.$Shape): ruvraft.wire.VectorRecord & ruvraft.wire.VectorRecord.$Shape;
            static create(properties?: ruvraft.wire.VectorRecord.$Properties): ruvraft.wire.VectorRecord;

            /**
             * Encodes the specified VectorRecord message. Does not implicitly {@link ruvraft.wire.VectorRecord.verify|verify} messages.
             * @param message VectorRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.VectorRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VectorRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorRecord & ruvraft.wire.VectorRecord.$Shape} VectorRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.VectorRecord & ruvraft.wire.VectorRecord.$Shape;

            /**
             * Gets the type url for VectorRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VectorRecord {

            /** Properties of a VectorRecord. */
            interface $Properties {

                /** VectorRecord id */
                id?: (string|null);

                /** VectorRecord values */
                values?: (Uint8Array|null);

                /** VectorRecord payload */
                payload?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VectorRecord. */
            type $Shape = ruvraft.wire.VectorRecord.$Properties;
        }

        /**
         * Properties of a VectorUpsert.
         * @deprecated Use ruvraft.wire.VectorUpsert.$Properties instead.
         */
        interface IVectorUpsert extends ruvraft.wire.VectorUpsert.$Properties {
        }

        /** Represents a VectorUpsert. */
        class VectorUpsert {

            /**
             * Constructs a new VectorUpsert.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.VectorUpsert.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VectorUpsert collection. */
            collection: string;

            /** VectorUpsert records. */
            records: ruvraft.wire.VectorRecord.$Properties[];

            /** VectorUpsert hop. */
            hop: ruvraft.wire.VectorHop;

            /** VectorUpsert shardId. */
            shardId: number;

            /** VectorUpsert createdAtMs. */
            createdAtMs: number;

            /** VectorUpsert holderSinceIndex. */
            holderSinceIndex: number;

            /**
             * Creates a new VectorUpsert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VectorUpsert instance
             */
            static create(properties: ruvraft.wire.VectorUpsert.$Shape): ruvraft.wire.VectorUpsert & ruvraft.wire.VectorUpsert.$Shape;
            static create(properties?: ruvraft.wire.VectorUpsert.$Properties): ruvraft.wire.VectorUpsert;

            /**
             * Encodes the specified VectorUpsert message. Does not implicitly {@link ruvraft.wire.VectorUpsert.verify|verify} messages.
             * @param message VectorUpsert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.VectorUpsert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VectorUpsert message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorUpsert & ruvraft.wire.VectorUpsert.$Shape} VectorUpsert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.VectorUpsert & ruvraft.wire.VectorUpsert.$Shape;

            /**
             * Gets the type url for VectorUpsert
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VectorUpsert {

            /** Properties of a VectorUpsert. */
            interface $Properties {

                /** VectorUpsert collection */
                collection?: (string|null);

                /** VectorUpsert records */
                records?: (ruvraft.wire.VectorRecord.$Properties[]|null);

                /** VectorUpsert hop */
                hop?: (ruvraft.wire.VectorHop|null);

                /** VectorUpsert shardId */
                shardId?: (number|null);

                /** VectorUpsert createdAtMs */
                createdAtMs?: (number|null);

                /** VectorUpsert holderSinceIndex */
                holderSinceIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VectorUpsert. */
            type $Shape = ruvraft.wire.VectorUpsert.$Properties;
        }

        /**
         * Properties of a VectorSearch.
         * @deprecated Use ruvraft.wire.VectorSearch.$Properties instead.
         */
        interface IVectorSearch extends ruvraft.wire.VectorSearch.$Properties {
        }

        /** Represents a VectorSearch. */
        class VectorSearch {

            /**
             * Constructs a new VectorSearch.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.VectorSearch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VectorSearch collection. */
            collection: string;

            /** VectorSearch values. */
            values: Uint8Array;

            /** VectorSearch k. */
            k: number;

            /** VectorSearch hop. */
            hop: ruvraft.wire.VectorHop;

            /** VectorSearch shardId. */
            shardId: number;

            /** VectorSearch createdAtMs. */
            createdAtMs: number;

            /** VectorSearch holderSinceIndex. */
            holderSinceIndex: number;

            /**
             * Creates a new VectorSearch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VectorSearch instance
             */
            static create(properties: ruvraft.wire.VectorSearch.$Shape): ruvraft.wire.VectorSearch & ruvraft.wire.VectorSearch.$Shape;
            static create(properties?: ruvraft.wire.VectorSearch.$Properties): ruvraft.wire.VectorSearch;

            /**
             * Encodes the specified VectorSearch message. Does not implicitly {@link ruvraft.wire.VectorSearch.verify|verify} messages.
             * @param message VectorSearch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.VectorSearch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VectorSearch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorSearch & ruvraft.wire.VectorSearch.$Shape} VectorSearch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.VectorSearch & ruvraft.wire.VectorSearch.$Shape;

            /**
             * Gets the type url for VectorSearch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VectorSearch {

            /** Properties of a VectorSearch. */
            interface $Properties {

                /** VectorSearch collection */
                collection?: (string|null);

                /** VectorSearch values */
                values?: (Uint8Array|null);

                /** VectorSearch k */
                k?: (number|null);

                /** VectorSearch hop */
                hop?: (ruvraft.wire.VectorHop|null);

                /** VectorSearch shardId */
                shardId?: (number|null);

                /** VectorSearch createdAtMs */
                createdAtMs?: (number|null);

                /** VectorSearch holderSinceIndex */
                holderSinceIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VectorSearch. */
            type $Shape = ruvraft.wire.VectorSearch.$Properties;
        }

        /**
         * Properties of a VectorGet.
         * @deprecated Use ruvraft.wire.VectorGet.$Properties instead.
         */
        interface IVectorGet extends ruvraft.wire.VectorGet.$Properties {
        }

        /** Represents a VectorGet. */
        class VectorGet {

            /**
             * Constructs a new VectorGet.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.VectorGet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VectorGet collection. */
            collection: string;

            /** VectorGet id. */
            id: string;

            /** VectorGet hop. */
            hop: ruvraft.wire.VectorHop;

            /** VectorGet shardId. */
            shardId: number;

            /** VectorGet createdAtMs. */
            createdAtMs: number;

            /** VectorGet holderSinceIndex. */
            holderSinceIndex: number;

            /**
             * Creates a new VectorGet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VectorGet instance
             */
            static create(properties: ruvraft.wire.VectorGet.$Shape): ruvraft.wire.VectorGet & ruvraft.wire.VectorGet.$Shape;
            static create(properties?: ruvraft.wire.VectorGet.$Properties): ruvraft.wire.VectorGet;

            /**
             * Encodes the specified VectorGet message. Does not implicitly {@link ruvraft.wire.VectorGet.verify|verify} messages.
             * @param message VectorGet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.VectorGet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VectorGet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorGet & ruvraft.wire.VectorGet.$Shape} VectorGet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.VectorGet & ruvraft.wire.VectorGet.$Shape;

            /**
             * Gets the type url for VectorGet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VectorGet {

            /** Properties of a VectorGet. */
            interface $Properties {

                /** VectorGet collection */
                collection?: (string|null);

                /** VectorGet id */
                id?: (string|null);

                /** VectorGet hop */
                hop?: (ruvraft.wire.VectorHop|null);

                /** VectorGet shardId */
                shardId?: (number|null);

                /** VectorGet createdAtMs */
                createdAtMs?: (number|null);

                /** VectorGet holderSinceIndex */
                holderSinceIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VectorGet. */
            type $Shape = ruvraft.wire.VectorGet.$Properties;
        }

        /**
         * Properties of a ShardState.
         * @deprecated Use ruvraft.wire.ShardState.$Properties instead.
         */
        interface IShardState extends ruvraft.wire.ShardState.$Properties {
        }

        /** Represents a ShardState. */
        class ShardState {

            /**
             * Constructs a new ShardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.ShardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardState collection. */
            collection: string;

            /** ShardState shardId. */
            shardId: number;

            /**
             * Creates a new ShardState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardState instance
             */
            static create(properties: ruvraft.wire.ShardState.$Shape): ruvraft.wire.ShardState & ruvraft.wire.ShardState.$Shape;
            static create(properties?: ruvraft.wire.ShardState.$Properties): ruvraft.wire.ShardState;

            /**
             * Encodes the specified ShardState message. Does not implicitly {@link ruvraft.wire.ShardState.verify|verify} messages.
             * @param message ShardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.ShardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.ShardState & ruvraft.wire.ShardState.$Shape} ShardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.ShardState & ruvraft.wire.ShardState.$Shape;

            /**
             * Gets the type url for ShardState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardState {

            /** Properties of a ShardState. */
            interface $Properties {

                /** ShardState collection */
                collection?: (string|null);

                /** ShardState shardId */
                shardId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardState. */
            type $Shape = ruvraft.wire.ShardState.$Properties;
        }

        /**
         * Properties of a ShardStateAnswer.
         * @deprecated Use ruvraft.wire.ShardStateAnswer.$Properties instead.
         */
        interface IShardStateAnswer extends ruvraft.wire.ShardStateAnswer.$Properties {
        }

        /** Represents a ShardStateAnswer. */
        class ShardStateAnswer {

            /**
             * Constructs a new ShardStateAnswer.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.ShardStateAnswer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardStateAnswer held. */
            held: boolean;

            /** ShardStateAnswer synced. */
            synced: boolean;

            /** ShardStateAnswer createdAtMs. */
            createdAtMs: number;

            /** ShardStateAnswer vectorCount. */
            vectorCount: number;

            /** ShardStateAnswer retired. */
            retired: boolean;

            /** ShardStateAnswer heldSinceIndex. */
            heldSinceIndex: number;

            /**
             * Creates a new ShardStateAnswer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardStateAnswer instance
             */
            static create(properties: ruvraft.wire.ShardStateAnswer.$Shape): ruvraft.wire.ShardStateAnswer & ruvraft.wire.ShardStateAnswer.$Shape;
            static create(properties?: ruvraft.wire.ShardStateAnswer.$Properties): ruvraft.wire.ShardStateAnswer;

            /**
             * Encodes the specified ShardStateAnswer message. Does not implicitly {@link ruvraft.wire.ShardStateAnswer.verify|verify} messages.
             * @param message ShardStateAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.ShardStateAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardStateAnswer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.ShardStateAnswer & ruvraft.wire.ShardStateAnswer.$Shape} ShardStateAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.ShardStateAnswer & ruvraft.wire.ShardStateAnswer.$Shape;

            /**
             * Gets the type url for ShardStateAnswer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardStateAnswer {

            /** Properties of a ShardStateAnswer. */
            interface $Properties {

                /** ShardStateAnswer held */
                held?: (boolean|null);

                /** ShardStateAnswer synced */
                synced?: (boolean|null);

                /** ShardStateAnswer createdAtMs */
                createdAtMs?: (number|null);

                /** ShardStateAnswer vectorCount */
                vectorCount?: (number|null);

                /** ShardStateAnswer retired */
                retired?: (boolean|null);

                /** ShardStateAnswer heldSinceIndex */
                heldSinceIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardStateAnswer. */
            type $Shape = ruvraft.wire.ShardStateAnswer.$Properties;
        }

        /**
         * Properties of a ShardExport.
         * @deprecated Use ruvraft.wire.ShardExport.$Properties instead.
         */
        interface IShardExport extends ruvraft.wire.ShardExport.$Properties {
        }

        /** Represents a ShardExport. */
        class ShardExport {

            /**
             * Constructs a new ShardExport.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.ShardExport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardExport collection. */
            collection: string;

            /** ShardExport shardId. */
            shardId: number;

            /** ShardExport afterId. */
            afterId: string;

            /** ShardExport limit. */
            limit: number;

            /** ShardExport createdAtMs. */
            createdAtMs: number;

            /**
             * Creates a new ShardExport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardExport instance
             */
            static create(properties: ruvraft.wire.ShardExport.$Shape): ruvraft.wire.ShardExport & ruvraft.wire.ShardExport.$Shape;
            static create(properties?: ruvraft.wire.ShardExport.$Properties): ruvraft.wire.ShardExport;

            /**
             * Encodes the specified ShardExport message. Does not implicitly {@link ruvraft.wire.ShardExport.verify|verify} messages.
             * @param message ShardExport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.ShardExport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardExport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.ShardExport & ruvraft.wire.ShardExport.$Shape} ShardExport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.ShardExport & ruvraft.wire.ShardExport.$Shape;

            /**
             * Gets the type url for ShardExport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardExport {

            /** Properties of a ShardExport. */
            interface $Properties {

                /** ShardExport collection */
                collection?: (string|null);

                /** ShardExport shardId */
                shardId?: (number|null);

                /** ShardExport afterId */
                afterId?: (string|null);

                /** ShardExport limit */
                limit?: (number|null);

                /** ShardExport createdAtMs */
                createdAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardExport. */
            type $Shape = ruvraft.wire.ShardExport.$Properties;
        }

        /**
         * Properties of a VectorHit.
         * @deprecated Use ruvraft.wire.VectorHit.$Properties instead.
         */
        interface IVectorHit extends ruvraft.wire.VectorHit.$Properties {
        }

        /** Represents a VectorHit. */
        class VectorHit {

            /**
             * Constructs a new VectorHit.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.VectorHit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VectorHit id. */
            id: string;

            /** VectorHit score. */
            score: number;

            /** VectorHit payload. */
            payload: string;

            /** VectorHit values. */
            values: Uint8Array;

            /**
             * Creates a new VectorHit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VectorHit instance
             */
            static create(properties: ruvraft.wire.VectorHit.$Shape): ruvraft.wire.VectorHit & ruvraft.wire.VectorHit.$Shape;
            static create(properties?: ruvraft.wire.VectorHit.$Properties): ruvraft.wire.VectorHit;

            /**
             * Encodes the specified VectorHit message. Does not implicitly {@link ruvraft.wire.VectorHit.verify|verify} messages.
             * @param message VectorHit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.VectorHit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VectorHit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorHit & ruvraft.wire.VectorHit.$Shape} VectorHit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.VectorHit & ruvraft.wire.VectorHit.$Shape;

            /**
             * Gets the type url for VectorHit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VectorHit {

            /** Properties of a VectorHit. */
            interface $Properties {

                /** VectorHit id */
                id?: (string|null);

                /** VectorHit score */
                score?: (number|null);

                /** VectorHit payload */
                payload?: (string|null);

                /** VectorHit values */
                values?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VectorHit. */
            type $Shape = ruvraft.wire.VectorHit.$Properties;
        }

        /**
         * Properties of a VectorHits.
         * @deprecated Use ruvraft.wire.VectorHits.$Properties instead.
         */
        interface IVectorHits extends ruvraft.wire.VectorHits.$Properties {
        }

        /** Represents a VectorHits. */
        class VectorHits {

            /**
             * Constructs a new VectorHits.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.VectorHits.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VectorHits hits. */
            hits: ruvraft.wire.VectorHit.$Properties[];

            /**
             * Creates a new VectorHits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VectorHits instance
             */
            static create(properties: ruvraft.wire.VectorHits.$Shape): ruvraft.wire.VectorHits & ruvraft.wire.VectorHits.$Shape;
            static create(properties?: ruvraft.wire.VectorHits.$Properties): ruvraft.wire.VectorHits;

            /**
             * Encodes the specified VectorHits message. Does not implicitly {@link ruvraft.wire.VectorHits.verify|verify} messages.
             * @param message VectorHits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.VectorHits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VectorHits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.VectorHits & ruvraft.wire.VectorHits.$Shape} VectorHits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.VectorHits & ruvraft.wire.VectorHits.$Shape;

            /**
             * Gets the type url for VectorHits
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VectorHits {

            /** Properties of a VectorHits. */
            interface $Properties {

                /** VectorHits hits */
                hits?: (ruvraft.wire.VectorHit.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VectorHits. */
            type $Shape = ruvraft.wire.VectorHits.$Properties;
        }

        /**
         * Properties of a TakeSnapshot.
         * @deprecated Use ruvraft.wire.TakeSnapshot.$Properties instead.
         */
        interface ITakeSnapshot extends ruvraft.wire.TakeSnapshot.$Properties {
        }

        /** Represents a TakeSnapshot. */
        class TakeSnapshot {

            /**
             * Constructs a new TakeSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.TakeSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TakeSnapshot nodeId. */
            nodeId: number;

            /**
             * Creates a new TakeSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TakeSnapshot instance
             */
            static create(properties: ruvraft.wire.TakeSnapshot.$Shape): ruvraft.wire.TakeSnapshot & ruvraft.wire.TakeSnapshot.$Shape;
            static create(properties?: ruvraft.wire.TakeSnapshot.$Properties): ruvraft.wire.TakeSnapshot;

            /**
             * Encodes the specified TakeSnapshot message. Does not implicitly {@link ruvraft.wire.TakeSnapshot.verify|verify} messages.
             * @param message TakeSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.TakeSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TakeSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.TakeSnapshot & ruvraft.wire.TakeSnapshot.$Shape} TakeSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.TakeSnapshot & ruvraft.wire.TakeSnapshot.$Shape;

            /**
             * Gets the type url for TakeSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TakeSnapshot {

            /** Properties of a TakeSnapshot. */
            interface $Properties {

                /** TakeSnapshot nodeId */
                nodeId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TakeSnapshot. */
            type $Shape = ruvraft.wire.TakeSnapshot.$Properties;
        }

        /**
         * Properties of a Propose.
         * @deprecated Use ruvraft.wire.Propose.$Properties instead.
         */
        interface IPropose extends ruvraft.wire.Propose.$Properties {
        }

        /** Represents a Propose. */
        class Propose {

            /**
             * Constructs a new Propose.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Propose.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Propose clientId. */
            clientId: number;

            /** Propose sequence. */
            sequence: number;

            /** Propose command. */
            command: Uint8Array;

            /** Propose firstUnansweredSequence. */
            firstUnansweredSequence: number;

            /**
             * Creates a new Propose instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Propose instance
             */
            static create(properties: ruvraft.wire.Propose.$Shape): ruvraft.wire.Propose & ruvraft.wire.Propose.$Shape;
            static create(properties?: ruvraft.wire.Propose.$Properties): ruvraft.wire.Propose;

            /**
             * Encodes the specified Propose message. Does not implicitly {@link ruvraft.wire.Propose.verify|verify} messages.
             * @param message Propose message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Propose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Propose message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Propose & ruvraft.wire.Propose.$Shape} Propose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Propose & ruvraft.wire.Propose.$Shape;

            /**
             * Gets the type url for Propose
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Propose {

            /** Properties of a Propose. */
            interface $Properties {

                /** Propose clientId */
                clientId?: (number|null);

                /** Propose sequence */
                sequence?: (number|null);

                /** Propose command */
                command?: (Uint8Array|null);

                /** Propose firstUnansweredSequence */
                firstUnansweredSequence?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Propose. */
            type $Shape = ruvraft.wire.Propose.$Properties;
        }

        /** ReadMode enum. */
        enum ReadMode {

            /** READ_MODE_UNSPECIFIED value */
            READ_MODE_UNSPECIFIED = 0,

            /** READ_MODE_LINEARIZABLE value */
            READ_MODE_LINEARIZABLE = 1,

            /** READ_MODE_LEASE value */
            READ_MODE_LEASE = 2,

            /** READ_MODE_STALE value */
            READ_MODE_STALE = 3
        }

        /**
         * Properties of a Read.
         * @deprecated Use ruvraft.wire.Read.$Properties instead.
         */
        interface IRead extends ruvraft.wire.Read.$Properties {
        }

        /** Represents a Read. */
        class Read {

            /**
             * Constructs a new Read.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Read.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Read mode. */
            mode: ruvraft.wire.ReadMode;

            /** Read query. */
            query: Uint8Array;

            /**
             * Creates a new Read instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Read instance
             */
            static create(properties: ruvraft.wire.Read.$Shape): ruvraft.wire.Read & ruvraft.wire.Read.$Shape;
            static create(properties?: ruvraft.wire.Read.$Properties): ruvraft.wire.Read;

            /**
             * Encodes the specified Read message. Does not implicitly {@link ruvraft.wire.Read.verify|verify} messages.
             * @param message Read message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Read & ruvraft.wire.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Read & ruvraft.wire.Read.$Shape;

            /**
             * Gets the type url for Read
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Read {

            /** Properties of a Read. */
            interface $Properties {

                /** Read mode */
                mode?: (ruvraft.wire.ReadMode|null);

                /** Read query */
                query?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Read. */
            type $Shape = ruvraft.wire.Read.$Properties;
        }

        /**
         * Properties of a StatusRequest.
         * @deprecated Use ruvraft.wire.StatusRequest.$Properties instead.
         */
        interface IStatusRequest extends ruvraft.wire.StatusRequest.$Properties {
        }

        /** Represents a StatusRequest. */
        class StatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.StatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            static create(properties: ruvraft.wire.StatusRequest.$Shape): ruvraft.wire.StatusRequest & ruvraft.wire.StatusRequest.$Shape;
            static create(properties?: ruvraft.wire.StatusRequest.$Properties): ruvraft.wire.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link ruvraft.wire.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.StatusRequest & ruvraft.wire.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.StatusRequest & ruvraft.wire.StatusRequest.$Shape;

            /**
             * Gets the type url for StatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {

            /** Properties of a StatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusRequest. */
            type $Shape = ruvraft.wire.StatusRequest.$Properties;
        }

        /**
         * Properties of a MembersRequest.
         * @deprecated Use ruvraft.wire.MembersRequest.$Properties instead.
         */
        interface IMembersRequest extends ruvraft.wire.MembersRequest.$Properties {
        }

        /** Represents a MembersRequest. */
        class MembersRequest {

            /**
             * Constructs a new MembersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.MembersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new MembersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembersRequest instance
             */
            static create(properties: ruvraft.wire.MembersRequest.$Shape): ruvraft.wire.MembersRequest & ruvraft.wire.MembersRequest.$Shape;
            static create(properties?: ruvraft.wire.MembersRequest.$Properties): ruvraft.wire.MembersRequest;

            /**
             * Encodes the specified MembersRequest message. Does not implicitly {@link ruvraft.wire.MembersRequest.verify|verify} messages.
             * @param message MembersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.MembersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.MembersRequest & ruvraft.wire.MembersRequest.$Shape} MembersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.MembersRequest & ruvraft.wire.MembersRequest.$Shape;

            /**
             * Gets the type url for MembersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembersRequest {

            /** Properties of a MembersRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembersRequest. */
            type $Shape = ruvraft.wire.MembersRequest.$Properties;
        }

        /**
         * Properties of an AddNode.
         * @deprecated Use ruvraft.wire.AddNode.$Properties instead.
         */
        interface IAddNode extends ruvraft.wire.AddNode.$Properties {
        }

        /** Represents an AddNode. */
        class AddNode {

            /**
             * Constructs a new AddNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.AddNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddNode nodeId. */
            nodeId: number;

            /** AddNode address. */
            address: string;

            /**
             * Creates a new AddNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddNode instance
             */
            static create(properties: ruvraft.wire.AddNode.$Shape): ruvraft.wire.AddNode & ruvraft.wire.AddNode.$Shape;
            static create(properties?: ruvraft.wire.AddNode.$Properties): ruvraft.wire.AddNode;

            /**
             * Encodes the specified AddNode message. Does not implicitly {@link ruvraft.wire.AddNode.verify|verify} messages.
             * @param message AddNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.AddNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.AddNode & ruvraft.wire.AddNode.$Shape} AddNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.AddNode & ruvraft.wire.AddNode.$Shape;

            /**
             * Gets the type url for AddNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddNode {

            /** Properties of an AddNode. */
            interface $Properties {

                /** AddNode nodeId */
                nodeId?: (number|null);

                /** AddNode address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddNode. */
            type $Shape = ruvraft.wire.AddNode.$Properties;
        }

        /**
         * Properties of an AddLearner.
         * @deprecated Use ruvraft.wire.AddLearner.$Properties instead.
         */
        interface IAddLearner extends ruvraft.wire.AddLearner.$Properties {
        }

        /** Represents an AddLearner. */
        class AddLearner {

            /**
             * Constructs a new AddLearner.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.AddLearner.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddLearner nodeId. */
            nodeId: number;

            /** AddLearner address. */
            address: string;

            /**
             * Creates a new AddLearner instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddLearner instance
             */
            static create(properties: ruvraft.wire.AddLearner.$Shape): ruvraft.wire.AddLearner & ruvraft.wire.AddLearner.$Shape;
            static create(properties?: ruvraft.wire.AddLearner.$Properties): ruvraft.wire.AddLearner;

            /**
             * Encodes the specified AddLearner message. Does not implicitly {@link ruvraft.wire.AddLearner.verify|verify} messages.
             * @param message AddLearner message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.AddLearner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddLearner message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.AddLearner & ruvraft.wire.AddLearner.$Shape} AddLearner
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.AddLearner & ruvraft.wire.AddLearner.$Shape;

            /**
             * Gets the type url for AddLearner
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddLearner {

            /** Properties of an AddLearner. */
            interface $Properties {

                /** AddLearner nodeId */
                nodeId?: (number|null);

                /** AddLearner address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddLearner. */
            type $Shape = ruvraft.wire.AddLearner.$Properties;
        }

        /**
         * Properties of a Promote.
         * @deprecated Use ruvraft.wire.Promote.$Properties instead.
         */
        interface IPromote extends ruvraft.wire.Promote.$Properties {
        }

        /** Represents a Promote. */
        class Promote {

            /**
             * Constructs a new Promote.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Promote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Promote nodeId. */
            nodeId: number;

            /** Promote force. */
            force: boolean;

            /**
             * Creates a new Promote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Promote instance
             */
            static create(properties: ruvraft.wire.Promote.$Shape): ruvraft.wire.Promote & ruvraft.wire.Promote.$Shape;
            static create(properties?: ruvraft.wire.Promote.$Properties): ruvraft.wire.Promote;

            /**
             * Encodes the specified Promote message. Does not implicitly {@link ruvraft.wire.Promote.verify|verify} messages.
             * @param message Promote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Promote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Promote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Promote & ruvraft.wire.Promote.$Shape} Promote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Promote & ruvraft.wire.Promote.$Shape;

            /**
             * Gets the type url for Promote
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Promote {

            /** Properties of a Promote. */
            interface $Properties {

                /** Promote nodeId */
                nodeId?: (number|null);

                /** Promote force */
                force?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Promote. */
            type $Shape = ruvraft.wire.Promote.$Properties;
        }

        /**
         * Properties of a RemoveNode.
         * @deprecated Use ruvraft.wire.RemoveNode.$Properties instead.
         */
        interface IRemoveNode extends ruvraft.wire.RemoveNode.$Properties {
        }

        /** Represents a RemoveNode. */
        class RemoveNode {

            /**
             * Constructs a new RemoveNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.RemoveNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveNode nodeId. */
            nodeId: number;

            /**
             * Creates a new RemoveNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoveNode instance
             */
            static create(properties: ruvraft.wire.RemoveNode.$Shape): ruvraft.wire.RemoveNode & ruvraft.wire.RemoveNode.$Shape;
            static create(properties?: ruvraft.wire.RemoveNode.$Properties): ruvraft.wire.RemoveNode;

            /**
             * Encodes the specified RemoveNode message. Does not implicitly {@link ruvraft.wire.RemoveNode.verify|verify} messages.
             * @param message RemoveNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.RemoveNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.RemoveNode & ruvraft.wire.RemoveNode.$Shape} RemoveNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.RemoveNode & ruvraft.wire.RemoveNode.$Shape;

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
            type $Shape = ruvraft.wire.RemoveNode.$Properties;
        }

        /**
         * Properties of a TransferLeader.
         * @deprecated Use ruvraft.wire.TransferLeader.$Properties instead.
         */
        interface ITransferLeader extends ruvraft.wire.TransferLeader.$Properties {
        }

        /** Represents a TransferLeader. */
        class TransferLeader {

            /**
             * Constructs a new TransferLeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.TransferLeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferLeader target. */
            target: number;

            /**
             * Creates a new TransferLeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferLeader instance
             */
            static create(properties: ruvraft.wire.TransferLeader.$Shape): ruvraft.wire.TransferLeader & ruvraft.wire.TransferLeader.$Shape;
            static create(properties?: ruvraft.wire.TransferLeader.$Properties): ruvraft.wire.TransferLeader;

            /**
             * Encodes the specified TransferLeader message. Does not implicitly {@link ruvraft.wire.TransferLeader.verify|verify} messages.
             * @param message TransferLeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.TransferLeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferLeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.TransferLeader & ruvraft.wire.TransferLeader.$Shape} TransferLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.TransferLeader & ruvraft.wire.TransferLeader.$Shape;

            /**
             * Gets the type url for TransferLeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferLeader {

            /** Properties of a TransferLeader. */
            interface $Properties {

                /** TransferLeader target */
                target?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferLeader. */
            type $Shape = ruvraft.wire.TransferLeader.$Properties;
        }

        /**
         * Properties of a ClientResponse.
         * @deprecated Use ruvraft.wire.ClientResponse.$Properties instead.
         */
        interface IClientResponse extends ruvraft.wire.ClientResponse.$Properties {
        }

        /** Represents a ClientResponse. */
        class ClientResponse {

            /**
             * Constructs a new ClientResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.ClientResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientResponse requestId. */
            requestId: number;

            /** ClientResponse ok. */
            ok?: (ruvraft.wire.Ok.$Properties|null);

            /** ClientResponse error. */
            error?: (ruvraft.wire.Error.$Properties|null);

            /** ClientResponse status. */
            status?: (ruvraft.wire.Status.$Properties|null);

            /** ClientResponse members. */
            members?: (ruvraft.wire.Members.$Properties|null);

            /** ClientResponse snapshotTaken. */
            snapshotTaken?: (ruvraft.wire.SnapshotTaken.$Properties|null);

            /** ClientResponse vectorHits. */
            vectorHits?: (ruvraft.wire.VectorHits.$Properties|null);

            /** ClientResponse shardState. */
            shardState?: (ruvraft.wire.ShardStateAnswer.$Properties|null);

            /** ClientResponse body. */
            body?: ("ok"|"error"|"status"|"members"|"snapshotTaken"|"vectorHits"|"shardState");

            /**
             * Creates a new ClientResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientResponse instance
             */
            static create(properties: ruvraft.wire.ClientResponse.$Shape): ruvraft.wire.ClientResponse & ruvraft.wire.ClientResponse.$Shape;
            static create(properties?: ruvraft.wire.ClientResponse.$Properties): ruvraft.wire.ClientResponse;

            /**
             * Encodes the specified ClientResponse message. Does not implicitly {@link ruvraft.wire.ClientResponse.verify|verify} messages.
             * @param message ClientResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.ClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.ClientResponse & ruvraft.wire.ClientResponse.$Shape} ClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.ClientResponse & ruvraft.wire.ClientResponse.$Shape;

            /**
             * Gets the type url for ClientResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientResponse {

            /** Properties of a ClientResponse. */
            interface $Properties {

                /** ClientResponse requestId */
                requestId?: (number|null);

                /** ClientResponse ok */
                ok?: (ruvraft.wire.Ok.$Properties|null);

                /** ClientResponse error */
                error?: (ruvraft.wire.Error.$Properties|null);

                /** ClientResponse status */
                status?: (ruvraft.wire.Status.$Properties|null);

                /** ClientResponse members */
                members?: (ruvraft.wire.Members.$Properties|null);

                /** ClientResponse snapshotTaken */
                snapshotTaken?: (ruvraft.wire.SnapshotTaken.$Properties|null);

                /** ClientResponse vectorHits */
                vectorHits?: (ruvraft.wire.VectorHits.$Properties|null);

                /** ClientResponse shardState */
                shardState?: (ruvraft.wire.ShardStateAnswer.$Properties|null);

                /** ClientResponse body */
                body?: ("ok"|"error"|"status"|"members"|"snapshotTaken"|"vectorHits"|"shardState");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientResponse. */
            type $Shape = {
              requestId?: number|null;
              ok?: ruvraft.wire.Ok.$Shape|null;
              error?: ruvraft.wire.Error.$Shape|null;
              status?: ruvraft.wire.Status.$Shape|null;
              members?: ruvraft.wire.Members.$Shape|null;
              snapshotTaken?: ruvraft.wire.SnapshotTaken.$Shape|null;
              vectorHits?: ruvraft.wire.VectorHits.$Shape|null;
              shardState?: ruvraft.wire.ShardStateAnswer.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ok?: null; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "ok"; ok: ruvraft.wire.Ok.$Shape; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "error"; ok?: null; error: ruvraft.wire.Error.$Shape; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "status"; ok?: null; error?: null; status: ruvraft.wire.Status.$Shape; members?: null; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "members"; ok?: null; error?: null; status?: null; members: ruvraft.wire.Members.$Shape; snapshotTaken?: null; vectorHits?: null; shardState?: null }|{ body?: "snapshotTaken"; ok?: null; error?: null; status?: null; members?: null; snapshotTaken: ruvraft.wire.SnapshotTaken.$Shape; vectorHits?: null; shardState?: null }|{ body?: "vectorHits"; ok?: null; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits: ruvraft.wire.VectorHits.$Shape; shardState?: null }|{ body?: "shardState"; ok?: null; error?: null; status?: null; members?: null; snapshotTaken?: null; vectorHits?: null; shardState: ruvraft.wire.ShardStateAnswer.$Shape })
            );
        }

        /**
         * Properties of a SnapshotTaken.
         * @deprecated Use ruvraft.wire.SnapshotTaken.$Properties instead.
         */
        interface ISnapshotTaken extends ruvraft.wire.SnapshotTaken.$Properties {
        }

        /** Represents a SnapshotTaken. */
        class SnapshotTaken {

            /**
             * Constructs a new SnapshotTaken.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.SnapshotTaken.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotTaken index. */
            index: number;

            /** SnapshotTaken term. */
            term: number;

            /** SnapshotTaken nodeId. */
            nodeId: number;

            /** SnapshotTaken file. */
            file: string;

            /**
             * Creates a new SnapshotTaken instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotTaken instance
             */
            static create(properties: ruvraft.wire.SnapshotTaken.$Shape): ruvraft.wire.SnapshotTaken & ruvraft.wire.SnapshotTaken.$Shape;
            static create(properties?: ruvraft.wire.SnapshotTaken.$Properties): ruvraft.wire.SnapshotTaken;

            /**
             * Encodes the specified SnapshotTaken message. Does not implicitly {@link ruvraft.wire.SnapshotTaken.verify|verify} messages.
             * @param message SnapshotTaken message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.SnapshotTaken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotTaken message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.SnapshotTaken & ruvraft.wire.SnapshotTaken.$Shape} SnapshotTaken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.SnapshotTaken & ruvraft.wire.SnapshotTaken.$Shape;

            /**
             * Gets the type url for SnapshotTaken
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotTaken {

            /** Properties of a SnapshotTaken. */
            interface $Properties {

                /** SnapshotTaken index */
                index?: (number|null);

                /** SnapshotTaken term */
                term?: (number|null);

                /** SnapshotTaken nodeId */
                nodeId?: (number|null);

                /** SnapshotTaken file */
                file?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotTaken. */
            type $Shape = ruvraft.wire.SnapshotTaken.$Properties;
        }

        /**
         * Properties of an Ok.
         * @deprecated Use ruvraft.wire.Ok.$Properties instead.
         */
        interface IOk extends ruvraft.wire.Ok.$Properties {
        }

        /** Represents an Ok. */
        class Ok {

            /**
             * Constructs a new Ok.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Ok.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ok result. */
            result: Uint8Array;

            /**
             * Creates a new Ok instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ok instance
             */
            static create(properties: ruvraft.wire.Ok.$Shape): ruvraft.wire.Ok & ruvraft.wire.Ok.$Shape;
            static create(properties?: ruvraft.wire.Ok.$Properties): ruvraft.wire.Ok;

            /**
             * Encodes the specified Ok message. Does not implicitly {@link ruvraft.wire.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Ok & ruvraft.wire.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Ok & ruvraft.wire.Ok.$Shape;

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

                /** Ok result */
                result?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ok. */
            type $Shape = ruvraft.wire.Ok.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use ruvraft.wire.Error.$Properties instead.
         */
        interface IError extends ruvraft.wire.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error leaderId. */
            leaderId: number;

            /** Error leaderAddress. */
            leaderAddress: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: ruvraft.wire.Error.$Shape): ruvraft.wire.Error & ruvraft.wire.Error.$Shape;
            static create(properties?: ruvraft.wire.Error.$Properties): ruvraft.wire.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link ruvraft.wire.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Error & ruvraft.wire.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Error & ruvraft.wire.Error.$Shape;

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error leaderId */
                leaderId?: (number|null);

                /** Error leaderAddress */
                leaderAddress?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = ruvraft.wire.Error.$Properties;
        }

        /**
         * Properties of a PeerProgress.
         * @deprecated Use ruvraft.wire.PeerProgress.$Properties instead.
         */
        interface IPeerProgress extends ruvraft.wire.PeerProgress.$Properties {
        }

        /** Represents a PeerProgress. */
        class PeerProgress {

            /**
             * Constructs a new PeerProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.PeerProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerProgress nodeId. */
            nodeId: number;

            /** PeerProgress address. */
            address: string;

            /** PeerProgress matchIndex. */
            matchIndex: number;

            /** PeerProgress role. */
            role: string;

            /**
             * Creates a new PeerProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerProgress instance
             */
            static create(properties: ruvraft.wire.PeerProgress.$Shape): ruvraft.wire.PeerProgress & ruvraft.wire.PeerProgress.$Shape;
            static create(properties?: ruvraft.wire.PeerProgress.$Properties): ruvraft.wire.PeerProgress;

            /**
             * Encodes the specified PeerProgress message. Does not implicitly {@link ruvraft.wire.PeerProgress.verify|verify} messages.
             * @param message PeerProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.PeerProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.PeerProgress & ruvraft.wire.PeerProgress.$Shape} PeerProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.PeerProgress & ruvraft.wire.PeerProgress.$Shape;

            /**
             * Gets the type url for PeerProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerProgress {

            /** Properties of a PeerProgress. */
            interface $Properties {

                /** PeerProgress nodeId */
                nodeId?: (number|null);

                /** PeerProgress address */
                address?: (string|null);

                /** PeerProgress matchIndex */
                matchIndex?: (number|null);

                /** PeerProgress role */
                role?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerProgress. */
            type $Shape = ruvraft.wire.PeerProgress.$Properties;
        }

        /**
         * Properties of a Status.
         * @deprecated Use ruvraft.wire.Status.$Properties instead.
         */
        interface IStatus extends ruvraft.wire.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status nodeId. */
            nodeId: number;

            /** Status address. */
            address: string;

            /** Status role. */
            role: string;

            /** Status term. */
            term: number;

            /** Status leaderId. */
            leaderId: number;

            /** Status commitIndex. */
            commitIndex: number;

            /** Status appliedIndex. */
            appliedIndex: number;

            /** Status lastIndex. */
            lastIndex: number;

            /** Status peers. */
            peers: ruvraft.wire.PeerProgress.$Properties[];

            /** Status learner. */
            learner: boolean;

            /** Status version. */
            version: string;

            /** Status logDiskBytes. */
            logDiskBytes: number;

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: ruvraft.wire.Status.$Shape): ruvraft.wire.Status & ruvraft.wire.Status.$Shape;
            static create(properties?: ruvraft.wire.Status.$Properties): ruvraft.wire.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link ruvraft.wire.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Status & ruvraft.wire.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Status & ruvraft.wire.Status.$Shape;

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status nodeId */
                nodeId?: (number|null);

                /** Status address */
                address?: (string|null);

                /** Status role */
                role?: (string|null);

                /** Status term */
                term?: (number|null);

                /** Status leaderId */
                leaderId?: (number|null);

                /** Status commitIndex */
                commitIndex?: (number|null);

                /** Status appliedIndex */
                appliedIndex?: (number|null);

                /** Status lastIndex */
                lastIndex?: (number|null);

                /** Status peers */
                peers?: (ruvraft.wire.PeerProgress.$Properties[]|null);

                /** Status learner */
                learner?: (boolean|null);

                /** Status version */
                version?: (string|null);

                /** Status logDiskBytes */
                logDiskBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = ruvraft.wire.Status.$Properties;
        }

        /**
         * Properties of a Member.
         * @deprecated Use ruvraft.wire.Member.$Properties instead.
         */
        interface IMember extends ruvraft.wire.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member nodeId. */
            nodeId: number;

            /** Member address. */
            address: string;

            /** Member voter. */
            voter: boolean;

            /** Member learner. */
            learner: boolean;

            /**
             * Creates a new Member instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Member instance
             */
            static create(properties: ruvraft.wire.Member.$Shape): ruvraft.wire.Member & ruvraft.wire.Member.$Shape;
            static create(properties?: ruvraft.wire.Member.$Properties): ruvraft.wire.Member;

            /**
             * Encodes the specified Member message. Does not implicitly {@link ruvraft.wire.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Member & ruvraft.wire.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Member & ruvraft.wire.Member.$Shape;

            /**
             * Gets the type url for Member
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member nodeId */
                nodeId?: (number|null);

                /** Member address */
                address?: (string|null);

                /** Member voter */
                voter?: (boolean|null);

                /** Member learner */
                learner?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = ruvraft.wire.Member.$Properties;
        }

        /**
         * Properties of a Members.
         * @deprecated Use ruvraft.wire.Members.$Properties instead.
         */
        interface IMembers extends ruvraft.wire.Members.$Properties {
        }

        /** Represents a Members. */
        class Members {

            /**
             * Constructs a new Members.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wire.Members.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Members members. */
            members: ruvraft.wire.Member.$Properties[];

            /** Members leaderId. */
            leaderId: number;

            /**
             * Creates a new Members instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Members instance
             */
            static create(properties: ruvraft.wire.Members.$Shape): ruvraft.wire.Members & ruvraft.wire.Members.$Shape;
            static create(properties?: ruvraft.wire.Members.$Properties): ruvraft.wire.Members;

            /**
             * Encodes the specified Members message. Does not implicitly {@link ruvraft.wire.Members.verify|verify} messages.
             * @param message Members message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wire.Members.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Members message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wire.Members & ruvraft.wire.Members.$Shape} Members
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wire.Members & ruvraft.wire.Members.$Shape;

            /**
             * Gets the type url for Members
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Members {

            /** Properties of a Members. */
            interface $Properties {

                /** Members members */
                members?: (ruvraft.wire.Member.$Properties[]|null);

                /** Members leaderId */
                leaderId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Members. */
            type $Shape = ruvraft.wire.Members.$Properties;
        }
    }
}
