import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ruvraft. */
export namespace ruvraft {

    /** Namespace node. */
    namespace node {

        /**
         * Properties of a NodeEntry.
         * @deprecated Use ruvraft.node.NodeEntry.$Properties instead.
         */
        interface INodeEntry extends ruvraft.node.NodeEntry.$Properties {
        }

        /** Represents a NodeEntry. */
        class NodeEntry {

            /**
             * Constructs a new NodeEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.NodeEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeEntry command. */
            command?: (ruvraft.node.Command.$Properties|null);

            /** NodeEntry memberAddress. */
            memberAddress?: (ruvraft.node.MemberAddress.$Properties|null);

            /** NodeEntry kind. */
            kind?: ("command"|"memberAddress");

            /**
             * Creates a new NodeEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeEntry instance
             */
            static create(properties: ruvraft.node.NodeEntry.$Shape): ruvraft.node.NodeEntry & ruvraft.node.NodeEntry.$Shape;
            static create(properties?: ruvraft.node.NodeEntry.$Properties): ruvraft.node.NodeEntry;

            /**
             * Encodes the specified NodeEntry message. Does not implicitly {@link ruvraft.node.NodeEntry.verify|verify} messages.
             * @param message NodeEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.NodeEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.NodeEntry & ruvraft.node.NodeEntry.$Shape} NodeEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.NodeEntry & ruvraft.node.NodeEntry.$Shape;

            /**
             * Gets the type url for NodeEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeEntry {

            /** Properties of a NodeEntry. */
            interface $Properties {

                /** NodeEntry command */
                command?: (ruvraft.node.Command.$Properties|null);

                /** NodeEntry memberAddress */
                memberAddress?: (ruvraft.node.MemberAddress.$Properties|null);

                /** NodeEntry kind */
                kind?: ("command"|"memberAddress");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NodeEntry. */
            type $Shape = {
              command?: ruvraft.node.Command.$Shape|null;
              memberAddress?: ruvraft.node.MemberAddress.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; command?: null; memberAddress?: null }|{ kind?: "command"; command: ruvraft.node.Command.$Shape; memberAddress?: null }|{ kind?: "memberAddress"; command?: null; memberAddress: ruvraft.node.MemberAddress.$Shape })
            );
        }

        /**
         * Properties of a Command.
         * @deprecated Use ruvraft.node.Command.$Properties instead.
         */
        interface ICommand extends ruvraft.node.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command clientId. */
            clientId: number;

            /** Command sequence. */
            sequence: number;

            /** Command command. */
            command: Uint8Array;

            /** Command firstUnansweredSequence. */
            firstUnansweredSequence: number;

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: ruvraft.node.Command.$Shape): ruvraft.node.Command & ruvraft.node.Command.$Shape;
            static create(properties?: ruvraft.node.Command.$Properties): ruvraft.node.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link ruvraft.node.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.Command & ruvraft.node.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.Command & ruvraft.node.Command.$Shape;

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command clientId */
                clientId?: (number|null);

                /** Command sequence */
                sequence?: (number|null);

                /** Command command */
                command?: (Uint8Array|null);

                /** Command firstUnansweredSequence */
                firstUnansweredSequence?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Command. */
            type $Shape = ruvraft.node.Command.$Properties;
        }

        /**
         * Properties of a MemberAddress.
         * @deprecated Use ruvraft.node.MemberAddress.$Properties instead.
         */
        interface IMemberAddress extends ruvraft.node.MemberAddress.$Properties {
        }

        /** Represents a MemberAddress. */
        class MemberAddress {

            /**
             * Constructs a new MemberAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.MemberAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberAddress nodeId. */
            nodeId: number;

            /** MemberAddress address. */
            address: string;

            /**
             * Creates a new MemberAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberAddress instance
             */
            static create(properties: ruvraft.node.MemberAddress.$Shape): ruvraft.node.MemberAddress & ruvraft.node.MemberAddress.$Shape;
            static create(properties?: ruvraft.node.MemberAddress.$Properties): ruvraft.node.MemberAddress;

            /**
             * Encodes the specified MemberAddress message. Does not implicitly {@link ruvraft.node.MemberAddress.verify|verify} messages.
             * @param message MemberAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.MemberAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.MemberAddress & ruvraft.node.MemberAddress.$Shape} MemberAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.MemberAddress & ruvraft.node.MemberAddress.$Shape;

            /**
             * Gets the type url for MemberAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberAddress {

            /** Properties of a MemberAddress. */
            interface $Properties {

                /** MemberAddress nodeId */
                nodeId?: (number|null);

                /** MemberAddress address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberAddress. */
            type $Shape = ruvraft.node.MemberAddress.$Properties;
        }

        /**
         * Properties of a Session.
         * @deprecated Use ruvraft.node.Session.$Properties instead.
         */
        interface ISession extends ruvraft.node.Session.$Properties {
        }

        /** Represents a Session. */
        class Session {

            /**
             * Constructs a new Session.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.Session.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Session clientId. */
            clientId: number;

            /** Session floor. */
            floor: number;

            /** Session responses. */
            responses: ruvraft.node.SessionResponse.$Properties[];

            /** Session lastIndex. */
            lastIndex: number;

            /**
             * Creates a new Session instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Session instance
             */
            static create(properties: ruvraft.node.Session.$Shape): ruvraft.node.Session & ruvraft.node.Session.$Shape;
            static create(properties?: ruvraft.node.Session.$Properties): ruvraft.node.Session;

            /**
             * Encodes the specified Session message. Does not implicitly {@link ruvraft.node.Session.verify|verify} messages.
             * @param message Session message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.Session.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Session message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.Session & ruvraft.node.Session.$Shape} Session
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.Session & ruvraft.node.Session.$Shape;

            /**
             * Gets the type url for Session
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Session {

            /** Properties of a Session. */
            interface $Properties {

                /** Session clientId */
                clientId?: (number|null);

                /** Session floor */
                floor?: (number|null);

                /** Session responses */
                responses?: (ruvraft.node.SessionResponse.$Properties[]|null);

                /** Session lastIndex */
                lastIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Session. */
            type $Shape = ruvraft.node.Session.$Properties;
        }

        /**
         * Properties of a SessionResponse.
         * @deprecated Use ruvraft.node.SessionResponse.$Properties instead.
         */
        interface ISessionResponse extends ruvraft.node.SessionResponse.$Properties {
        }

        /** Represents a SessionResponse. */
        class SessionResponse {

            /**
             * Constructs a new SessionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.SessionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionResponse sequence. */
            sequence: number;

            /** SessionResponse response. */
            response: Uint8Array;

            /**
             * Creates a new SessionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionResponse instance
             */
            static create(properties: ruvraft.node.SessionResponse.$Shape): ruvraft.node.SessionResponse & ruvraft.node.SessionResponse.$Shape;
            static create(properties?: ruvraft.node.SessionResponse.$Properties): ruvraft.node.SessionResponse;

            /**
             * Encodes the specified SessionResponse message. Does not implicitly {@link ruvraft.node.SessionResponse.verify|verify} messages.
             * @param message SessionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.SessionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.SessionResponse & ruvraft.node.SessionResponse.$Shape} SessionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.SessionResponse & ruvraft.node.SessionResponse.$Shape;

            /**
             * Gets the type url for SessionResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionResponse {

            /** Properties of a SessionResponse. */
            interface $Properties {

                /** SessionResponse sequence */
                sequence?: (number|null);

                /** SessionResponse response */
                response?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionResponse. */
            type $Shape = ruvraft.node.SessionResponse.$Properties;
        }

        /**
         * Properties of a NodeSnapshot.
         * @deprecated Use ruvraft.node.NodeSnapshot.$Properties instead.
         */
        interface INodeSnapshot extends ruvraft.node.NodeSnapshot.$Properties {
        }

        /** Represents a NodeSnapshot. */
        class NodeSnapshot {

            /**
             * Constructs a new NodeSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.NodeSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSnapshot members. */
            members: ruvraft.node.MemberAddress.$Properties[];

            /** NodeSnapshot sessions. */
            sessions: ruvraft.node.Session.$Properties[];

            /** NodeSnapshot stateMachine. */
            stateMachine: Uint8Array[];

            /**
             * Creates a new NodeSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSnapshot instance
             */
            static create(properties: ruvraft.node.NodeSnapshot.$Shape): ruvraft.node.NodeSnapshot & ruvraft.node.NodeSnapshot.$Shape;
            static create(properties?: ruvraft.node.NodeSnapshot.$Properties): ruvraft.node.NodeSnapshot;

            /**
             * Encodes the specified NodeSnapshot message. Does not implicitly {@link ruvraft.node.NodeSnapshot.verify|verify} messages.
             * @param message NodeSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.NodeSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.NodeSnapshot & ruvraft.node.NodeSnapshot.$Shape} NodeSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.NodeSnapshot & ruvraft.node.NodeSnapshot.$Shape;

            /**
             * Gets the type url for NodeSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeSnapshot {

            /** Properties of a NodeSnapshot. */
            interface $Properties {

                /** NodeSnapshot members */
                members?: (ruvraft.node.MemberAddress.$Properties[]|null);

                /** NodeSnapshot sessions */
                sessions?: (ruvraft.node.Session.$Properties[]|null);

                /** NodeSnapshot stateMachine */
                stateMachine?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSnapshot. */
            type $Shape = ruvraft.node.NodeSnapshot.$Properties;
        }

        /**
         * Properties of a KvSnapshot.
         * @deprecated Use ruvraft.node.KvSnapshot.$Properties instead.
         */
        interface IKvSnapshot extends ruvraft.node.KvSnapshot.$Properties {
        }

        /** Represents a KvSnapshot. */
        class KvSnapshot {

            /**
             * Constructs a new KvSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.KvSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvSnapshot pairs. */
            pairs: ruvraft.node.KvPair.$Properties[];

            /**
             * Creates a new KvSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvSnapshot instance
             */
            static create(properties: ruvraft.node.KvSnapshot.$Shape): ruvraft.node.KvSnapshot & ruvraft.node.KvSnapshot.$Shape;
            static create(properties?: ruvraft.node.KvSnapshot.$Properties): ruvraft.node.KvSnapshot;

            /**
             * Encodes the specified KvSnapshot message. Does not implicitly {@link ruvraft.node.KvSnapshot.verify|verify} messages.
             * @param message KvSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.KvSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.KvSnapshot & ruvraft.node.KvSnapshot.$Shape} KvSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.KvSnapshot & ruvraft.node.KvSnapshot.$Shape;

            /**
             * Gets the type url for KvSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvSnapshot {

            /** Properties of a KvSnapshot. */
            interface $Properties {

                /** KvSnapshot pairs */
                pairs?: (ruvraft.node.KvPair.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvSnapshot. */
            type $Shape = ruvraft.node.KvSnapshot.$Properties;
        }

        /**
         * Properties of a KvPair.
         * @deprecated Use ruvraft.node.KvPair.$Properties instead.
         */
        interface IKvPair extends ruvraft.node.KvPair.$Properties {
        }

        /** Represents a KvPair. */
        class KvPair {

            /**
             * Constructs a new KvPair.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.KvPair.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvPair key. */
            key: string;

            /** KvPair value. */
            value: string;

            /**
             * Creates a new KvPair instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvPair instance
             */
            static create(properties: ruvraft.node.KvPair.$Shape): ruvraft.node.KvPair & ruvraft.node.KvPair.$Shape;
            static create(properties?: ruvraft.node.KvPair.$Properties): ruvraft.node.KvPair;

            /**
             * Encodes the specified KvPair message. Does not implicitly {@link ruvraft.node.KvPair.verify|verify} messages.
             * @param message KvPair message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.KvPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvPair message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.KvPair & ruvraft.node.KvPair.$Shape} KvPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.KvPair & ruvraft.node.KvPair.$Shape;

            /**
             * Gets the type url for KvPair
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvPair {

            /** Properties of a KvPair. */
            interface $Properties {

                /** KvPair key */
                key?: (string|null);

                /** KvPair value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvPair. */
            type $Shape = ruvraft.node.KvPair.$Properties;
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use ruvraft.node.ConfState.$Properties instead.
         */
        interface IConfState extends ruvraft.node.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.ConfState.$Properties);

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
            incarnations: ruvraft.node.MemberIncarnation.$Properties[];

            /**
             * Creates a new ConfState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfState instance
             */
            static create(properties: ruvraft.node.ConfState.$Shape): ruvraft.node.ConfState & ruvraft.node.ConfState.$Shape;
            static create(properties?: ruvraft.node.ConfState.$Properties): ruvraft.node.ConfState;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link ruvraft.node.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.ConfState & ruvraft.node.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.ConfState & ruvraft.node.ConfState.$Shape;

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
                incarnations?: (ruvraft.node.MemberIncarnation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = ruvraft.node.ConfState.$Properties;
        }

        /**
         * Properties of a MemberIncarnation.
         * @deprecated Use ruvraft.node.MemberIncarnation.$Properties instead.
         */
        interface IMemberIncarnation extends ruvraft.node.MemberIncarnation.$Properties {
        }

        /** Represents a MemberIncarnation. */
        class MemberIncarnation {

            /**
             * Constructs a new MemberIncarnation.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.MemberIncarnation.$Properties);

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
            static create(properties: ruvraft.node.MemberIncarnation.$Shape): ruvraft.node.MemberIncarnation & ruvraft.node.MemberIncarnation.$Shape;
            static create(properties?: ruvraft.node.MemberIncarnation.$Properties): ruvraft.node.MemberIncarnation;

            /**
             * Encodes the specified MemberIncarnation message. Does not implicitly {@link ruvraft.node.MemberIncarnation.verify|verify} messages.
             * @param message MemberIncarnation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.MemberIncarnation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberIncarnation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.MemberIncarnation & ruvraft.node.MemberIncarnation.$Shape} MemberIncarnation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.MemberIncarnation & ruvraft.node.MemberIncarnation.$Shape;

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
            type $Shape = ruvraft.node.MemberIncarnation.$Properties;
        }

        /**
         * Properties of a SnapshotFileMetadata.
         * @deprecated Use ruvraft.node.SnapshotFileMetadata.$Properties instead.
         */
        interface ISnapshotFileMetadata extends ruvraft.node.SnapshotFileMetadata.$Properties {
        }

        /** Represents a SnapshotFileMetadata. */
        class SnapshotFileMetadata {

            /**
             * Constructs a new SnapshotFileMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.node.SnapshotFileMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotFileMetadata index. */
            index: number;

            /** SnapshotFileMetadata term. */
            term: number;

            /** SnapshotFileMetadata confState. */
            confState?: (ruvraft.node.ConfState.$Properties|null);

            /** SnapshotFileMetadata dataBytes. */
            dataBytes: number;

            /**
             * Creates a new SnapshotFileMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotFileMetadata instance
             */
            static create(properties: ruvraft.node.SnapshotFileMetadata.$Shape): ruvraft.node.SnapshotFileMetadata & ruvraft.node.SnapshotFileMetadata.$Shape;
            static create(properties?: ruvraft.node.SnapshotFileMetadata.$Properties): ruvraft.node.SnapshotFileMetadata;

            /**
             * Encodes the specified SnapshotFileMetadata message. Does not implicitly {@link ruvraft.node.SnapshotFileMetadata.verify|verify} messages.
             * @param message SnapshotFileMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.node.SnapshotFileMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotFileMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.node.SnapshotFileMetadata & ruvraft.node.SnapshotFileMetadata.$Shape} SnapshotFileMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.node.SnapshotFileMetadata & ruvraft.node.SnapshotFileMetadata.$Shape;

            /**
             * Gets the type url for SnapshotFileMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotFileMetadata {

            /** Properties of a SnapshotFileMetadata. */
            interface $Properties {

                /** SnapshotFileMetadata index */
                index?: (number|null);

                /** SnapshotFileMetadata term */
                term?: (number|null);

                /** SnapshotFileMetadata confState */
                confState?: (ruvraft.node.ConfState.$Properties|null);

                /** SnapshotFileMetadata dataBytes */
                dataBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotFileMetadata. */
            type $Shape = ruvraft.node.SnapshotFileMetadata.$Properties;
        }
    }
}
