import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ruvraft. */
export namespace ruvraft {

    /** Namespace wal. */
    namespace wal {

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
         * Properties of a LogEntry.
         * @deprecated Use ruvraft.wal.LogEntry.$Properties instead.
         */
        interface ILogEntry extends ruvraft.wal.LogEntry.$Properties {
        }

        /** Represents a LogEntry. */
        class LogEntry {

            /**
             * Constructs a new LogEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wal.LogEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogEntry index. */
            index: number;

            /** LogEntry term. */
            term: number;

            /** LogEntry type. */
            type: ruvraft.wal.EntryType;

            /** LogEntry data. */
            data: Uint8Array;

            /**
             * Creates a new LogEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogEntry instance
             */
            static create(properties: ruvraft.wal.LogEntry.$Shape): ruvraft.wal.LogEntry & ruvraft.wal.LogEntry.$Shape;
            static create(properties?: ruvraft.wal.LogEntry.$Properties): ruvraft.wal.LogEntry;

            /**
             * Encodes the specified LogEntry message. Does not implicitly {@link ruvraft.wal.LogEntry.verify|verify} messages.
             * @param message LogEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wal.LogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wal.LogEntry & ruvraft.wal.LogEntry.$Shape} LogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wal.LogEntry & ruvraft.wal.LogEntry.$Shape;

            /**
             * Gets the type url for LogEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogEntry {

            /** Properties of a LogEntry. */
            interface $Properties {

                /** LogEntry index */
                index?: (number|null);

                /** LogEntry term */
                term?: (number|null);

                /** LogEntry type */
                type?: (ruvraft.wal.EntryType|null);

                /** LogEntry data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogEntry. */
            type $Shape = ruvraft.wal.LogEntry.$Properties;
        }

        /**
         * Properties of a HardState.
         * @deprecated Use ruvraft.wal.HardState.$Properties instead.
         */
        interface IHardState extends ruvraft.wal.HardState.$Properties {
        }

        /** Represents a HardState. */
        class HardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: ruvraft.wal.HardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HardState term. */
            term: number;

            /** HardState vote. */
            vote: number;

            /** HardState commit. */
            commit: number;

            /**
             * Creates a new HardState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HardState instance
             */
            static create(properties: ruvraft.wal.HardState.$Shape): ruvraft.wal.HardState & ruvraft.wal.HardState.$Shape;
            static create(properties?: ruvraft.wal.HardState.$Properties): ruvraft.wal.HardState;

            /**
             * Encodes the specified HardState message. Does not implicitly {@link ruvraft.wal.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ruvraft.wal.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ruvraft.wal.HardState & ruvraft.wal.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ruvraft.wal.HardState & ruvraft.wal.HardState.$Shape;

            /**
             * Gets the type url for HardState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HardState {

            /** Properties of a HardState. */
            interface $Properties {

                /** HardState term */
                term?: (number|null);

                /** HardState vote */
                vote?: (number|null);

                /** HardState commit */
                commit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HardState. */
            type $Shape = ruvraft.wal.HardState.$Properties;
        }
    }
}
