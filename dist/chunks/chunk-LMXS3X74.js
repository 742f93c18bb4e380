import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  forEachBounded
} from "./chunk-HZ7PR44O.js";
import {
  collectTree
} from "./chunk-LIL3453G.js";
import {
  streamArtifact
} from "./chunk-DQNMFZF5.js";
import {
  Header,
  Pax
} from "./chunk-NKC4IVJI.js";
import {
  BUNDLE_INDEX_FILE
} from "./chunk-U53EGEPX.js";
import {
  sha256Hex
} from "./chunk-SPL353E6.js";
import {
  require_dist
} from "./chunk-ZOQLPXWR.js";
import {
  fail
} from "./chunk-BOOLIPAW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-CY3FJDSN.js";

// node_modules/buffer-crc32/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/buffer-crc32/dist/index.cjs"(exports, module) {
    "use strict";
    function getDefaultExportFromCjs(x) {
      return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x.default : x;
    }
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function ensureBuffer(input) {
      if (Buffer.isBuffer(input))
        return input;
      if (typeof input == "number")
        return Buffer.alloc(input);
      if (typeof input == "string")
        return Buffer.from(input);
      throw new Error("input must be buffer, number, or string, received " + typeof input);
    }
    function bufferizeInt(num) {
      let tmp = ensureBuffer(4);
      return tmp.writeInt32BE(num, 0), tmp;
    }
    function _crc32(buf, previous) {
      buf = ensureBuffer(buf), Buffer.isBuffer(previous) && (previous = previous.readUInt32BE(0));
      let crc = ~~previous ^ -1;
      for (var n = 0; n < buf.length; n++)
        crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
      return crc ^ -1;
    }
    function crc322() {
      return bufferizeInt(_crc32.apply(null, arguments));
    }
    crc322.signed = function() {
      return _crc32.apply(null, arguments);
    };
    crc322.unsigned = function() {
      return _crc32.apply(null, arguments) >>> 0;
    };
    var bufferCrc32 = crc322, index = /* @__PURE__ */ getDefaultExportFromCjs(bufferCrc32);
    module.exports = index;
  }
});

// node_modules/yazl/index.js
var require_yazl = __commonJS({
  "node_modules/yazl/index.js"(exports) {
    var fs = __require("fs"), Transform = __require("stream").Transform, PassThrough2 = __require("stream").PassThrough, zlib = __require("zlib"), util = __require("util"), EventEmitter = __require("events").EventEmitter, errorMonitor = __require("events").errorMonitor, crc322 = require_dist2();
    exports.ZipFile = ZipFile;
    exports.dateToDosDateTime = dateToDosDateTime;
    util.inherits(ZipFile, EventEmitter);
    function ZipFile() {
      this.outputStream = new PassThrough2(), this.entries = [], this.outputStreamCursor = 0, this.ended = !1, this.allDone = !1, this.forceZip64Eocd = !1, this.errored = !1, this.on(errorMonitor, function() {
        this.errored = !0;
      });
    }
    ZipFile.prototype.addFile = function(realPath, metadataPath, options) {
      var self = this;
      if (metadataPath = validateMetadataPath(metadataPath, !1), options == null && (options = {}), !shouldIgnoreAdding(self)) {
        var entry = new Entry(metadataPath, !1, options);
        self.entries.push(entry), fs.stat(realPath, function(err, stats) {
          if (err) return self.emit("error", err);
          if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
          entry.uncompressedSize = stats.size, options.mtime == null && entry.setLastModDate(stats.mtime), options.mode == null && entry.setFileAttributesMode(stats.mode), entry.setFileDataPumpFunction(function() {
            var readStream = fs.createReadStream(realPath);
            entry.state = Entry.FILE_DATA_IN_PROGRESS, readStream.on("error", function(err2) {
              self.emit("error", err2);
            }), pumpFileDataReadStream(self, entry, readStream);
          }), pumpEntries(self);
        });
      }
    };
    ZipFile.prototype.addReadStream = function(readStream, metadataPath, options) {
      this.addReadStreamLazy(metadataPath, options, function(cb) {
        cb(null, readStream);
      });
    };
    ZipFile.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
      var self = this;
      if (typeof options == "function" && (getReadStreamFunction = options, options = null), options == null && (options = {}), metadataPath = validateMetadataPath(metadataPath, !1), !shouldIgnoreAdding(self)) {
        var entry = new Entry(metadataPath, !1, options);
        self.entries.push(entry), entry.setFileDataPumpFunction(function() {
          entry.state = Entry.FILE_DATA_IN_PROGRESS, getReadStreamFunction(function(err, readStream) {
            if (err) return self.emit("error", err);
            pumpFileDataReadStream(self, entry, readStream);
          });
        }), pumpEntries(self);
      }
    };
    ZipFile.prototype.addBuffer = function(buffer, metadataPath, options) {
      var self = this;
      if (metadataPath = validateMetadataPath(metadataPath, !1), buffer.length > 1073741823) throw new Error("buffer too large: " + buffer.length + " > 1073741823");
      if (options == null && (options = {}), options.size != null) throw new Error("options.size not allowed");
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, !1, options);
      entry.uncompressedSize = buffer.length, entry.crc32 = crc322.unsigned(buffer), entry.crcAndFileSizeKnown = !0, self.entries.push(entry), entry.compressionLevel === 0 ? setCompressedBuffer(buffer) : zlib.deflateRaw(buffer, { level: entry.compressionLevel }, function(err, compressedBuffer) {
        setCompressedBuffer(compressedBuffer);
      });
      function setCompressedBuffer(compressedBuffer) {
        entry.compressedSize = compressedBuffer.length, entry.setFileDataPumpFunction(function() {
          writeToOutputStream(self, compressedBuffer), writeToOutputStream(self, entry.getDataDescriptor()), entry.state = Entry.FILE_DATA_DONE, setImmediate(function() {
            pumpEntries(self);
          });
        }), pumpEntries(self);
      }
    };
    ZipFile.prototype.addEmptyDirectory = function(metadataPath, options) {
      var self = this;
      if (metadataPath = validateMetadataPath(metadataPath, !0), options == null && (options = {}), options.size != null) throw new Error("options.size not allowed");
      if (options.compress != null) throw new Error("options.compress not allowed");
      if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");
      if (!shouldIgnoreAdding(self)) {
        var entry = new Entry(metadataPath, !0, options);
        self.entries.push(entry), entry.setFileDataPumpFunction(function() {
          writeToOutputStream(self, entry.getDataDescriptor()), entry.state = Entry.FILE_DATA_DONE, pumpEntries(self);
        }), pumpEntries(self);
      }
    };
    var eocdrSignatureBuffer = bufferFrom([80, 75, 5, 6]);
    ZipFile.prototype.end = function(options, calculatedTotalSizeCallback) {
      if (typeof options == "function" && (calculatedTotalSizeCallback = options, options = null), options == null && (options = {}), !this.ended && (this.ended = !0, !this.errored)) {
        if (this.calculatedTotalSizeCallback = calculatedTotalSizeCallback, this.forceZip64Eocd = !!options.forceZip64Format, options.comment) {
          if (typeof options.comment == "string" ? this.comment = encodeCp437(options.comment) : this.comment = options.comment, this.comment.length > 65535) throw new Error("comment is too large");
          if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
        } else
          this.comment = EMPTY_BUFFER;
        pumpEntries(this);
      }
    };
    function writeToOutputStream(self, buffer) {
      self.outputStream.write(buffer), self.outputStreamCursor += buffer.length;
    }
    function pumpFileDataReadStream(self, entry, readStream) {
      var crc32Watcher = new Crc32Watcher(), uncompressedSizeCounter = new ByteCounter(), compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({ level: entry.compressionLevel }) : new PassThrough2(), compressedSizeCounter = new ByteCounter();
      readStream.pipe(crc32Watcher).pipe(uncompressedSizeCounter).pipe(compressor).pipe(compressedSizeCounter).pipe(self.outputStream, { end: !1 }), compressedSizeCounter.on("end", function() {
        if (entry.crc32 = crc32Watcher.crc32, entry.uncompressedSize == null)
          entry.uncompressedSize = uncompressedSizeCounter.byteCount;
        else if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
        entry.compressedSize = compressedSizeCounter.byteCount, self.outputStreamCursor += entry.compressedSize, writeToOutputStream(self, entry.getDataDescriptor()), entry.state = Entry.FILE_DATA_DONE, pumpEntries(self);
      });
    }
    function determineCompressionLevel(options) {
      if (options.compress != null && options.compressionLevel != null && !!options.compress != !!options.compressionLevel)
        throw new Error("conflicting settings for compress and compressionLevel");
      return options.compressionLevel != null ? options.compressionLevel : options.compress === !1 ? 0 : 6;
    }
    function pumpEntries(self) {
      if (self.allDone || self.errored) return;
      if (self.ended && self.calculatedTotalSizeCallback != null) {
        var calculatedTotalSize = calculateTotalSize(self);
        calculatedTotalSize != null && (self.calculatedTotalSizeCallback(calculatedTotalSize), self.calculatedTotalSizeCallback = null);
      }
      var entry = getFirstNotDoneEntry();
      function getFirstNotDoneEntry() {
        for (var i = 0; i < self.entries.length; i++) {
          var entry2 = self.entries[i];
          if (entry2.state < Entry.FILE_DATA_DONE) return entry2;
        }
        return null;
      }
      if (entry != null) {
        if (entry.state < Entry.READY_TO_PUMP_FILE_DATA || entry.state === Entry.FILE_DATA_IN_PROGRESS) return;
        entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
        var localFileHeader = entry.getLocalFileHeader();
        writeToOutputStream(self, localFileHeader), entry.doFileDataPump();
      } else
        self.ended && (self.offsetOfStartOfCentralDirectory = self.outputStreamCursor, self.entries.forEach(function(entry2) {
          var centralDirectoryRecord = entry2.getCentralDirectoryRecord();
          writeToOutputStream(self, centralDirectoryRecord);
        }), writeToOutputStream(self, getEndOfCentralDirectoryRecord(self)), self.outputStream.end(), self.allDone = !0);
    }
    function calculateTotalSize(self) {
      for (var pretendOutputCursor = 0, centralDirectorySize = 0, i = 0; i < self.entries.length; i++) {
        var entry = self.entries[i];
        if (entry.compressionLevel !== 0) return -1;
        if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
          if (entry.uncompressedSize == null) return -1;
        } else if (entry.uncompressedSize == null) return null;
        entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
        var useZip64Format = entry.useZip64Format();
        pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length, pretendOutputCursor += entry.uncompressedSize, entry.crcAndFileSizeKnown || (useZip64Format ? pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE : pretendOutputCursor += DATA_DESCRIPTOR_SIZE), centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length, entry.forceDosTimestamp || (centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE), useZip64Format && (centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
      }
      var endOfCentralDirectorySize = 0;
      return (self.forceZip64Eocd || self.entries.length >= 65535 || centralDirectorySize >= 65535 || pretendOutputCursor >= 4294967295) && (endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE), endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length, pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
    }
    function shouldIgnoreAdding(self) {
      if (self.ended) throw new Error("cannot add entries after calling end()");
      return !!self.errored;
    }
    var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56, ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20, END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
    function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
      var needZip64Format = !1, normalEntriesLength = self.entries.length;
      (self.forceZip64Eocd || self.entries.length >= 65535) && (normalEntriesLength = 65535, needZip64Format = !0);
      var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory, normalSizeOfCentralDirectory = sizeOfCentralDirectory;
      (self.forceZip64Eocd || sizeOfCentralDirectory >= 4294967295) && (normalSizeOfCentralDirectory = 4294967295, needZip64Format = !0);
      var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
      if ((self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 4294967295) && (normalOffsetOfStartOfCentralDirectory = 4294967295, needZip64Format = !0), actuallyJustTellMeHowLongItWouldBe)
        return needZip64Format ? ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE + END_OF_CENTRAL_DIRECTORY_RECORD_SIZE : END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
      var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
      if (eocdrBuffer.writeUInt32LE(101010256, 0), eocdrBuffer.writeUInt16LE(0, 4), eocdrBuffer.writeUInt16LE(0, 6), eocdrBuffer.writeUInt16LE(normalEntriesLength, 8), eocdrBuffer.writeUInt16LE(normalEntriesLength, 10), eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12), eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16), eocdrBuffer.writeUInt16LE(self.comment.length, 20), self.comment.copy(eocdrBuffer, 22), !needZip64Format) return eocdrBuffer;
      var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
      zip64EocdrBuffer.writeUInt32LE(101075792, 0), writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4), zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12), zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14), zip64EocdrBuffer.writeUInt32LE(0, 16), zip64EocdrBuffer.writeUInt32LE(0, 20), writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24), writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32), writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40), writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
      var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
      return zip64EocdlBuffer.writeUInt32LE(117853008, 0), zip64EocdlBuffer.writeUInt32LE(0, 4), writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8), zip64EocdlBuffer.writeUInt32LE(1, 16), Buffer.concat([
        zip64EocdrBuffer,
        zip64EocdlBuffer,
        eocdrBuffer
      ]);
    }
    function validateMetadataPath(metadataPath, isDirectory) {
      if (metadataPath === "") throw new Error("empty metadataPath");
      if (metadataPath = metadataPath.replace(/\\/g, "/"), /^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
      if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
      var looksLikeDirectory = /\/$/.test(metadataPath);
      if (isDirectory)
        looksLikeDirectory || (metadataPath += "/");
      else if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
      return metadataPath;
    }
    var EMPTY_BUFFER = bufferAlloc(0);
    function Entry(metadataPath, isDirectory, options) {
      if (this.utf8FileName = bufferFrom(metadataPath), this.utf8FileName.length > 65535) throw new Error("utf8 file name too long. " + utf8FileName.length + " > 65535");
      if (this.isDirectory = isDirectory, this.state = Entry.WAITING_FOR_METADATA, this.setLastModDate(options.mtime != null ? options.mtime : /* @__PURE__ */ new Date()), this.forceDosTimestamp = !!options.forceDosTimestamp, options.mode != null ? this.setFileAttributesMode(options.mode) : this.setFileAttributesMode(isDirectory ? 16893 : 33204), isDirectory ? (this.crcAndFileSizeKnown = !0, this.crc32 = 0, this.uncompressedSize = 0, this.compressedSize = 0) : (this.crcAndFileSizeKnown = !1, this.crc32 = null, this.uncompressedSize = null, this.compressedSize = null, options.size != null && (this.uncompressedSize = options.size)), isDirectory ? this.compressionLevel = 0 : this.compressionLevel = determineCompressionLevel(options), this.forceZip64Format = !!options.forceZip64Format, options.fileComment) {
        if (typeof options.fileComment == "string" ? this.fileComment = bufferFrom(options.fileComment, "utf-8") : this.fileComment = options.fileComment, this.fileComment.length > 65535) throw new Error("fileComment is too large");
      } else
        this.fileComment = EMPTY_BUFFER;
    }
    Entry.WAITING_FOR_METADATA = 0;
    Entry.READY_TO_PUMP_FILE_DATA = 1;
    Entry.FILE_DATA_IN_PROGRESS = 2;
    Entry.FILE_DATA_DONE = 3;
    Entry.prototype.setLastModDate = function(date) {
      this.mtime = date;
      var dosDateTime = dateToDosDateTime(date);
      this.lastModFileTime = dosDateTime.time, this.lastModFileDate = dosDateTime.date;
    };
    Entry.prototype.setFileAttributesMode = function(mode) {
      if ((mode & 65535) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= 65535");
      this.externalFileAttributes = mode << 16 >>> 0;
    };
    Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
      this.doFileDataPump = doFileDataPump, this.state = Entry.READY_TO_PUMP_FILE_DATA;
    };
    Entry.prototype.useZip64Format = function() {
      return this.forceZip64Format || this.uncompressedSize != null && this.uncompressedSize > 4294967294 || this.compressedSize != null && this.compressedSize > 4294967294 || this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 4294967294;
    };
    var LOCAL_FILE_HEADER_FIXED_SIZE = 30, VERSION_NEEDED_TO_EXTRACT_UTF8 = 20, VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45, VERSION_MADE_BY = 831, FILE_NAME_IS_UTF8 = 2048, UNKNOWN_CRC32_AND_FILE_SIZES = 8;
    Entry.prototype.getLocalFileHeader = function() {
      var crc323 = 0, compressedSize = 0, uncompressedSize = 0;
      this.crcAndFileSizeKnown && (crc323 = this.crc32, compressedSize = this.compressedSize, uncompressedSize = this.uncompressedSize);
      var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE), generalPurposeBitFlag = FILE_NAME_IS_UTF8;
      return this.crcAndFileSizeKnown || (generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES), fixedSizeStuff.writeUInt32LE(67324752, 0), fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4), fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6), fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8), fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10), fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12), fixedSizeStuff.writeUInt32LE(crc323, 14), fixedSizeStuff.writeUInt32LE(compressedSize, 18), fixedSizeStuff.writeUInt32LE(uncompressedSize, 22), fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26), fixedSizeStuff.writeUInt16LE(0, 28), Buffer.concat([
        fixedSizeStuff,
        // file name (variable size)
        this.utf8FileName
        // extra field (variable size)
        // no extra fields
      ]);
    };
    var DATA_DESCRIPTOR_SIZE = 16, ZIP64_DATA_DESCRIPTOR_SIZE = 24;
    Entry.prototype.getDataDescriptor = function() {
      if (this.crcAndFileSizeKnown)
        return EMPTY_BUFFER;
      if (this.useZip64Format()) {
        var buffer = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
        return buffer.writeUInt32LE(134695760, 0), buffer.writeUInt32LE(this.crc32, 4), writeUInt64LE(buffer, this.compressedSize, 8), writeUInt64LE(buffer, this.uncompressedSize, 16), buffer;
      } else {
        var buffer = bufferAlloc(DATA_DESCRIPTOR_SIZE);
        return buffer.writeUInt32LE(134695760, 0), buffer.writeUInt32LE(this.crc32, 4), buffer.writeUInt32LE(this.compressedSize, 8), buffer.writeUInt32LE(this.uncompressedSize, 12), buffer;
      }
    };
    var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46, INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9, ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
    Entry.prototype.getCentralDirectoryRecord = function() {
      var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE), generalPurposeBitFlag = FILE_NAME_IS_UTF8;
      this.crcAndFileSizeKnown || (generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES);
      var izutefBuffer = EMPTY_BUFFER;
      if (!this.forceDosTimestamp) {
        izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE), izutefBuffer.writeUInt16LE(21589, 0), izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
        var EB_UT_FL_MTIME = 1, EB_UT_FL_ATIME = 2;
        izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
        var timestamp = Math.floor(this.mtime.getTime() / 1e3);
        timestamp < -2147483648 && (timestamp = -2147483648), timestamp > 2147483647 && (timestamp = 2147483647), izutefBuffer.writeUInt32LE(timestamp, 5);
      }
      var normalCompressedSize = this.compressedSize, normalUncompressedSize = this.uncompressedSize, normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader, versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8, zeiefBuffer = EMPTY_BUFFER;
      return this.useZip64Format() && (normalCompressedSize = 4294967295, normalUncompressedSize = 4294967295, normalRelativeOffsetOfLocalHeader = 4294967295, versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64, zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE), zeiefBuffer.writeUInt16LE(1, 0), zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2), writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4), writeUInt64LE(zeiefBuffer, this.compressedSize, 12), writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20)), fixedSizeStuff.writeUInt32LE(33639248, 0), fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4), fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6), fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8), fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10), fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12), fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14), fixedSizeStuff.writeUInt32LE(this.crc32, 16), fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20), fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24), fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28), fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30), fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32), fixedSizeStuff.writeUInt16LE(0, 34), fixedSizeStuff.writeUInt16LE(0, 36), fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38), fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42), Buffer.concat([
        fixedSizeStuff,
        // file name (variable size)
        this.utf8FileName,
        // extra field (variable size)
        izutefBuffer,
        zeiefBuffer,
        // file comment (variable size)
        this.fileComment
      ]);
    };
    Entry.prototype.getCompressionMethod = function() {
      var NO_COMPRESSION = 0, DEFLATE_COMPRESSION = 8;
      return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
    };
    var minDosDate = new Date(1980, 0, 1), maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
    function dateToDosDateTime(jsDate) {
      jsDate < minDosDate ? jsDate = minDosDate : jsDate > maxDosDate && (jsDate = maxDosDate);
      var date = 0;
      date |= jsDate.getDate() & 31, date |= (jsDate.getMonth() + 1 & 15) << 5, date |= (jsDate.getFullYear() - 1980 & 127) << 9;
      var time = 0;
      return time |= Math.floor(jsDate.getSeconds() / 2), time |= (jsDate.getMinutes() & 63) << 5, time |= (jsDate.getHours() & 31) << 11, { date, time };
    }
    function writeUInt64LE(buffer, n, offset) {
      var high = Math.floor(n / 4294967296), low = n % 4294967296;
      buffer.writeUInt32LE(low, offset), buffer.writeUInt32LE(high, offset + 4);
    }
    util.inherits(ByteCounter, Transform);
    function ByteCounter(options) {
      Transform.call(this, options), this.byteCount = 0;
    }
    ByteCounter.prototype._transform = function(chunk, encoding, cb) {
      this.byteCount += chunk.length, cb(null, chunk);
    };
    util.inherits(Crc32Watcher, Transform);
    function Crc32Watcher(options) {
      Transform.call(this, options), this.crc32 = 0;
    }
    Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
      this.crc32 = crc322.unsigned(chunk, this.crc32), cb(null, chunk);
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    if (cp437.length !== 256) throw new Error("assertion failure");
    var reverseCp437 = null;
    function encodeCp437(string) {
      if (/^[\x20-\x7e]*$/.test(string))
        return bufferFrom(string, "utf-8");
      if (reverseCp437 == null) {
        reverseCp437 = {};
        for (var i = 0; i < cp437.length; i++)
          reverseCp437[cp437[i]] = i;
      }
      for (var result = bufferAlloc(string.length), i = 0; i < string.length; i++) {
        var b = reverseCp437[string[i]];
        if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
        result[i] = b;
      }
      return result;
    }
    function bufferAlloc(size) {
      bufferAlloc = modern;
      try {
        return bufferAlloc(size);
      } catch {
        return bufferAlloc = legacy, bufferAlloc(size);
      }
      function modern(size2) {
        return Buffer.allocUnsafe(size2);
      }
      function legacy(size2) {
        return new Buffer(size2);
      }
    }
    function bufferFrom(something, encoding) {
      bufferFrom = modern;
      try {
        return bufferFrom(something, encoding);
      } catch {
        return bufferFrom = legacy, bufferFrom(something, encoding);
      }
      function modern(something2, encoding2) {
        return Buffer.from(something2, encoding2);
      }
      function legacy(something2, encoding2) {
        return new Buffer(something2, encoding2);
      }
    }
    function bufferIncludes(buffer, content) {
      bufferIncludes = modern;
      try {
        return bufferIncludes(buffer, content);
      } catch {
        return bufferIncludes = legacy, bufferIncludes(buffer, content);
      }
      function modern(buffer2, content2) {
        return buffer2.includes(content2);
      }
      function legacy(buffer2, content2) {
        for (var i = 0; i <= buffer2.length - content2.length; i++)
          for (var j = 0; ; j++) {
            if (j === content2.length) return !0;
            if (buffer2[i + j] !== content2[j]) break;
          }
        return !1;
      }
    }
  }
});

// src/bundle/build.ts
import { createHash as createHash3 } from "node:crypto";
import { availableParallelism as availableParallelism2 } from "node:os";
import path2 from "node:path";
import { Readable as Readable2 } from "node:stream";

// src/bundle/block-gzip.ts
import { availableParallelism } from "node:os";
import { constants, crc32, deflateRaw } from "node:zlib";

// src/bundle/portable-gzip.ts
function portableGzipHeader(level) {
  let xfl = level === 9 ? 2 : level < 2 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
var DEFAULT_LEVEL = 6;

// src/bundle/block-gzip.ts
var GZIP_BLOCK_SIZE = 1 << 20, WINDOW = 32 * 1024;
async function* gzipBlocks(source, options) {
  let level = options.level, blockSize = options.blockSize ?? GZIP_BLOCK_SIZE;
  if (blockSize < WINDOW) throw new RangeError(`a gzip block must hold at least ${WINDOW} bytes`);
  let inFlight = Math.max(1, options.inFlight ?? 2 * availableParallelism()), queue = [], crc = 0, size = 0, dictionary, full, block = Buffer.allocUnsafe(blockSize), filled = 0, spare = [], send = (data, last) => {
    crc = crc32(data, crc), size += data.length;
    let job = deflateBlock(data, { level, last, ...dictionary ? { dictionary } : {} });
    job.catch(() => {
    }), queue.push({ job, input: data }), dictionary = data.length >= WINDOW ? Buffer.from(data.subarray(data.length - WINDOW)) : void 0;
  }, done = async () => {
    let { job, input } = queue.shift(), out = await job;
    return input.length === blockSize && spare.push(input), out;
  };
  yield portableGzipHeader(level);
  for await (let chunk of source) {
    let at = 0;
    for (; at < chunk.length; ) {
      filled === blockSize && (full && send(full, !1), full = block, block = spare.pop() ?? Buffer.allocUnsafe(blockSize), filled = 0);
      let n = Math.min(blockSize - filled, chunk.length - at);
      block.set(chunk.subarray(at, at + n), filled), filled += n, at += n;
    }
    for (; queue.length >= inFlight; ) yield await done();
  }
  for (full && send(full, !1), send(filled === blockSize ? block : block.subarray(0, filled), !0); queue.length; ) yield await done();
  let trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0), trailer.writeUInt32LE(size % 2 ** 32, 4), yield trailer;
}
var COMPRESSING = Math.max(1, (Number(process.env.UV_THREADPOOL_SIZE) || 4) - 1), compressing = 0, waitingForThread = [];
async function deflateBlock(data, options) {
  for (; compressing >= COMPRESSING; ) await new Promise((resolve) => waitingForThread.push(resolve));
  compressing++;
  try {
    return await deflateOnThreadPool(data, options);
  } finally {
    compressing--, waitingForThread.shift()?.();
  }
}
function deflateOnThreadPool(data, options) {
  let zlibOptions = {
    level: options.level,
    finishFlush: options.last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    // Room for the whole compressed block (data that does not compress grows by a few bytes per stored block): one
    // hand-off to the thread pool.
    chunkSize: data.length + (data.length >> 6) + 1024,
    ...options.dictionary ? { dictionary: options.dictionary } : {}
  };
  return new Promise((resolve, reject) => deflateRaw(data, zlibOptions, (error, out) => error ? reject(error) : resolve(out)));
}

// src/bundle/bundle-index.ts
var import_yaml = __toESM(require_dist(), 1);
var BundleIndexEntry = class {
  constructor(spec) {
    this.spec = spec;
  }
  spec;
  path = BUNDLE_INDEX_FILE;
  files = 0;
  sha256 = "";
  render = (files) => {
    let data = Buffer.from(renderBundleIndex(this.spec, files));
    return this.files = files.length, this.sha256 = sha256Hex(data), data;
  };
  /** The bundle's entry in manifest.yaml; a .tar.gz adds the sha256 and size of its uncompressed tar. */
  details(format, tar) {
    let { spec } = this;
    return { name: spec.name, format, top: spec.top, ...tar, indexSha256: this.sha256, files: this.files, components: spec.components.map(({ path: _p, ...c }) => c), requires: spec.requires };
  }
};
function renderBundleIndex(spec, files) {
  let head = { schemaVersion: 1, bundle: spec.name, release: spec.release, components: spec.components }, list = files.map(
    (f) => `  - path: ${yamlString(f.path)}
    mode: "0${f.mode.toString(8)}"
` + (f.type === "file" ? `    size: ${f.size}
    sha256: ${yamlString(f.sha256)}
` : `    link: ${yamlString(f.target)}
`)
  );
  return `# Slipway bundle index: every file of this bundle with its sha256 (schema: bundle.schema.json).
${(0, import_yaml.stringify)(head, { lineWidth: 0 })}files:${list.length ? `
${list.join("")}` : ` []
`}`;
}
function yamlString(value) {
  return PLAIN.test(value) && !AMBIGUOUS.test(value) ? value : JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var PLAIN = /^[\w.][\w./@+-]*$/, AMBIGUOUS = /^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*(?:e[-+]?[0-9]+)?|\.(?:inf|nan)|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|\d{4}-\d\d?-\d\d?.*|y|n|yes|no|on|off|true|false|null)$/i;

// src/bundle/build-zip.ts
import path from "node:path";

// src/bundle/bundle-file.ts
async function writeBundleFile(target, open2, replace) {
  let { placement, sha256, size } = await streamArtifact(
    target,
    () => {
      let { archive, done } = open2();
      return { stream: archive, ...done ? { done } : {} };
    },
    {
      replace,
      onConflict: (existing, written) => fail("bundle-exists", `${target} already exists with other bytes (sha256 ${existing}, the new build is ${written})`, {
        hint: "the sources changed since it was built: remove it, build into an empty folder, or pass --replace"
      })
    }
  );
  return { placement, sha256, size };
}

// src/bundle/zip-writer.ts
var import_yazl = __toESM(require_yazl(), 1);
import { createHash } from "node:crypto";
import { PassThrough, Readable } from "node:stream";

// src/bundle/read-ahead.ts
import { open, readFile } from "node:fs/promises";
var READ_CHUNK = 1 << 20, LOOKAHEAD = 32, ReadAhead = class {
  constructor(entries) {
    this.entries = entries;
  }
  entries;
  ahead = /* @__PURE__ */ new Map();
  next = 0;
  /** Exactly the bytes of entry `index` (nothing for a folder or a link). */
  async *chunks(index) {
    this.prefetch(index);
    let entry = this.entries[index];
    if (entry.type !== "file") return;
    let early = this.ahead.get(index);
    if (early) {
      this.ahead.delete(index);
      let data = await early;
      data.length !== entry.size && changed(entry.source, entry.size), data.length && (yield data);
      return;
    }
    let handle = await open(entry.source, "r");
    try {
      let done = 0;
      for (; done < entry.size; ) {
        let buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, entry.size - done)), { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
        if (bytesRead === 0) break;
        done += bytesRead, yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      }
      (done !== entry.size || (await handle.stat()).size !== entry.size) && changed(entry.source, entry.size);
    } finally {
      await handle.close();
    }
  }
  prefetch(from) {
    for (this.next = Math.max(this.next, from); this.next < this.entries.length && this.ahead.size < LOOKAHEAD; ) {
      let e = this.entries[this.next];
      if (e.type === "file" && e.size <= READ_CHUNK) {
        let p = readFile(e.source);
        p.catch(() => {
        }), this.ahead.set(this.next, p);
      }
      this.next++;
    }
  }
};
function changed(file, size) {
  return fail("bundle-file-changed", `${file} changed while the bundle was written (expected ${size} bytes)`, { hint: "build again once nothing writes to the sources" });
}

// src/bundle/zip-writer.ts
var S_IFDIR = 16384, S_IFREG = 32768, S_IFLNK = 40960;
function zipStream(entries, options) {
  let zip = new import_yazl.default.ZipFile(), output = new PassThrough(), written = [], settle, files = new Promise((resolve, reject) => settle = { resolve, reject });
  files.catch(() => {
  });
  let failWith = (e) => {
    settle.reject(e), output.destroy(e instanceof Error ? e : new Error(String(e)));
  };
  zip.on("error", failWith), zip.outputStream.on("error", failWith), zip.outputStream.on("end", () => settle.resolve(written)), zip.outputStream.pipe(output);
  let mtime = new DosClock(options.mtime), reads = new ReadAhead(entries);
  zip.addEmptyDirectory(`${options.top}/`, { mtime, mode: S_IFDIR | 493 });
  for (let [index, entry] of entries.entries()) {
    let name = `${options.top}/${entry.path}`;
    entry.type === "dir" ? zip.addEmptyDirectory(`${name}/`, { mtime, mode: S_IFDIR | entry.mode }) : entry.type === "symlink" ? zip.addReadStreamLazy(name, { mtime, mode: S_IFLNK | 511, compress: !1 }, (cb) => {
      written.push({ path: entry.path, type: "symlink", mode: entry.mode, size: 0, target: entry.target }), cb(null, Readable.from([Buffer.from(entry.target)]));
    }) : zip.addReadStreamLazy(name, { mtime, mode: S_IFREG | entry.mode, size: entry.size, compressionLevel: options.level }, (cb) => {
      let hash = createHash("sha256"), chunks = async function* () {
        for await (let chunk of reads.chunks(index))
          hash.update(chunk), yield chunk;
        written.push({ path: entry.path, type: "file", mode: entry.mode, size: entry.size, sha256: hash.digest("hex") });
      }, stream = Readable.from(chunks(), { objectMode: !1 });
      stream.on("error", (e) => zip.emit("error", e)), cb(null, stream);
    });
  }
  if (options.trailer) {
    let make = options.trailer.data;
    zip.addReadStreamLazy(`${options.top}/${options.trailer.path}`, { mtime, mode: S_IFREG | 420, compressionLevel: options.level }, (cb) => {
      cb(null, Readable.from([make(written)]));
    });
  }
  return zip.end(), { stream: output, files };
}
var DosClock = class extends Date {
  wall;
  constructor(real) {
    super(real.getTime()), this.wall = new Date(Math.min(Math.max(real.getTime(), DOS_MIN), DOS_MAX));
  }
  getFullYear() {
    return this.wall.getUTCFullYear();
  }
  getMonth() {
    return this.wall.getUTCMonth();
  }
  getDate() {
    return this.wall.getUTCDate();
  }
  getHours() {
    return this.wall.getUTCHours();
  }
  getMinutes() {
    return this.wall.getUTCMinutes();
  }
  getSeconds() {
    return this.wall.getUTCSeconds();
  }
  [Symbol.toPrimitive](hint) {
    return hint === "number" ? INSIDE_DOS_RANGE : super[Symbol.toPrimitive](hint);
  }
}, INSIDE_DOS_RANGE = Date.UTC(2e3, 0, 1), DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0), DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

// src/bundle/build-zip.ts
async function buildZipBundle(spec, entries, outDir, options) {
  let target = path.join(outDir, spec.file), index = new BundleIndexEntry(spec), trailer = { path: index.path, data: index.render }, { placement, sha256, size } = await writeBundleFile(target, () => {
    let { stream, files } = zipStream(entries, { top: spec.top, mtime: options.mtime, level: options.level ?? DEFAULT_LEVEL, trailer });
    return { archive: stream, done: files };
  }, options.replace ?? !1), details = index.details("zip");
  return { spec, path: target, size, sha256, files: details.files, placement, details };
}

// src/bundle/tar-writer.ts
import { createHash as createHash2 } from "node:crypto";
var BLOCK = 512;
async function* tarChunks(entries, options) {
  let written = [], reads = new ReadAhead(entries);
  yield header({ path: `${options.top}/`, type: "Directory", mode: 493, size: 0 }, options.mtime);
  for (let [index, entry] of entries.entries()) {
    let archivePath = `${options.top}/${entry.path}`;
    if (entry.type === "dir")
      yield header({ path: `${archivePath}/`, type: "Directory", mode: entry.mode, size: 0 }, options.mtime);
    else if (entry.type === "symlink")
      yield header({ path: archivePath, type: "SymbolicLink", mode: entry.mode, size: 0, linkpath: entry.target }, options.mtime), written.push({ path: entry.path, type: "symlink", mode: entry.mode, size: 0, target: entry.target });
    else {
      yield header({ path: archivePath, type: "File", mode: entry.mode, size: entry.size }, options.mtime);
      let hash = createHash2("sha256");
      for await (let chunk of reads.chunks(index))
        hash.update(chunk), yield chunk;
      let pad = padding(entry.size);
      pad && (yield pad), written.push({ path: entry.path, type: "file", mode: entry.mode, size: entry.size, sha256: hash.digest("hex") });
    }
  }
  if (options.trailer) {
    let t = options.trailer(written);
    yield header({ path: `${options.top}/${t.path}`, type: "File", mode: 420, size: t.data.length }, options.mtime), yield t.data;
    let pad = padding(t.data.length);
    pad && (yield pad);
  }
  yield Buffer.alloc(BLOCK * 2);
}
function header(fields, mtime) {
  let data = { ...fields, uid: 0, gid: 0, uname: "", gname: "", mtime, linkpath: fields.linkpath ?? "" }, block = Buffer.alloc(BLOCK), h = new Header(data);
  if (h.encode(block, 0), !h.needPax) return block;
  let pax = new Pax({ path: fields.path, ...fields.linkpath ? { linkpath: fields.linkpath } : {} }).encode();
  return Buffer.concat([pax, block]);
}
function padding(size) {
  let rest = size % BLOCK;
  return rest ? Buffer.alloc(BLOCK - rest) : void 0;
}

// src/bundle/build.ts
var CARRIED_KINDS = /* @__PURE__ */ new Set(["chart", "compose", "terraform", "files", "installer"]);
function bundleSpecs(matrix, jobs) {
  return jobs.map((job) => {
    let bundle = matrix.bundles.find((b) => b.name === job.bundle);
    if (!bundle) return fail("bundle-unknown", `the plan names a bundle "${job.bundle}" that compatibility.yaml does not declare`);
    let components = bundle.components.map((name) => {
      let c = matrix.components.find((x) => x.name === name);
      return c || fail("bundle-unknown-component", `bundle ${bundle.name} names the component "${name}", which is not declared`, { location: bundle.location });
    }), sources = [];
    for (let c of components)
      c.source && CARRIED_KINDS.has(c.kind) && sources.push({ from: c.source, to: c.name, location: c.location, root: c.source });
    for (let f of bundle.files)
      sources.push({ from: path2.resolve(matrix.root, f.from), to: f.to, location: bundle.location, root: matrix.root });
    let inside = new Set(bundle.components), requires = {};
    for (let c of components)
      for (let r of c.requires) {
        if (inside.has(r.target)) continue;
        let before = requires[r.target];
        requires[r.target] = before && before !== r.range ? `${before} ${r.range}` : r.range;
      }
    return {
      name: bundle.name,
      release: { name: matrix.release.name, version: job.version },
      file: `${job.asset}.tar.gz`,
      top: job.asset,
      components: components.map((c) => ({
        name: c.name,
        kind: c.kind,
        version: c.version,
        ...c.source && CARRIED_KINDS.has(c.kind) ? { path: c.name } : {},
        requires: Object.fromEntries(c.requires.map((r) => [r.target, r.range]))
      })),
      requires: Object.fromEntries(Object.entries(requires).sort(([a], [b]) => a.localeCompare(b))),
      sources
    };
  });
}
async function buildBundle(spec, entries, outDir, options) {
  let target = path2.join(outDir, spec.file), tarHash = createHash3("sha256"), tarSize = 0, index = new BundleIndexEntry(spec), trailer = (files) => ({ path: index.path, data: index.render(files) }), chunks = observed(tarChunks(entries, { top: spec.top, mtime: options.mtime, trailer }), (chunk) => {
    tarHash.update(chunk), tarSize += chunk.length;
  }), compressed = gzipBlocks(chunks, { level: options.level ?? DEFAULT_LEVEL }), { placement, sha256, size } = await writeBundleFile(target, () => ({ archive: Readable2.from(compressed, { objectMode: !1 }) }), options.replace ?? !1), tarSha256 = tarHash.digest("hex"), details = index.details("tar.gz", { tarSha256, tarSize });
  return { spec, path: target, size, sha256, tarSha256, tarSize, files: details.files, placement, details };
}
async function buildBundles(specs, outDir, options) {
  let listings = /* @__PURE__ */ new Map(), trees = await Promise.all(specs.map((s) => listings.get(s.name) ?? listings.set(s.name, collectTree(s.sources)).get(s.name))), limit = Math.max(1, options.concurrency ?? availableParallelism2() + 1), results = new Array(specs.length);
  return await forEachBounded(specs, limit, async (spec, i) => {
    results[i] = await (spec.format === "zip" ? buildZipBundle : buildBundle)(spec, trees[i], outDir, options);
  }), results;
}
async function previewBundle(spec) {
  return collectTree(spec.sources);
}
async function* observed(source, observe) {
  for await (let chunk of source)
    observe(chunk), yield chunk;
}

export {
  bundleSpecs,
  buildBundle,
  buildBundles,
  previewBundle
};
