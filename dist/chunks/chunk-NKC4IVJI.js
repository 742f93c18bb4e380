import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// node_modules/tar/dist/esm/header.js
import { posix as pathModule } from "node:path";

// node_modules/tar/dist/esm/large-numbers.js
var encode = (num, buf) => {
  if (Number.isSafeInteger(num))
    num < 0 ? encodeNegative(num, buf) : encodePositive(num, buf);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return buf;
}, encodePositive = (num, buf) => {
  buf[0] = 128;
  for (var i = buf.length; i > 1; i--)
    buf[i - 1] = num & 255, num = Math.floor(num / 256);
}, encodeNegative = (num, buf) => {
  buf[0] = 255;
  var flipped = !1;
  num = num * -1;
  for (var i = buf.length; i > 1; i--) {
    var byte = num & 255;
    num = Math.floor(num / 256), flipped ? buf[i - 1] = onesComp(byte) : byte === 0 ? buf[i - 1] = 0 : (flipped = !0, buf[i - 1] = twosComp(byte));
  }
}, parse = (buf) => {
  let pre = buf[0], value = pre === 128 ? pos(buf.subarray(1, buf.length)) : pre === 255 ? twos(buf) : null;
  if (value === null)
    throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(value))
    throw Error("parsed number outside of javascript safe integer range");
  return value;
}, twos = (buf) => {
  for (var len = buf.length, sum = 0, flipped = !1, i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]), f;
    flipped ? f = onesComp(byte) : byte === 0 ? f = byte : (flipped = !0, f = twosComp(byte)), f !== 0 && (sum -= f * Math.pow(256, len - i - 1));
  }
  return sum;
}, pos = (buf) => {
  for (var len = buf.length, sum = 0, i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    byte !== 0 && (sum += byte * Math.pow(256, len - i - 1));
  }
  return sum;
}, onesComp = (byte) => (255 ^ byte) & 255, twosComp = (byte) => (255 ^ byte) + 1 & 255;

// node_modules/tar/dist/esm/types.js
var isCode = (c) => name.has(c);
var normalFsTypes = /* @__PURE__ */ new Set([
  "0",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "D"
]), name = /* @__PURE__ */ new Map([
  ["0", "File"],
  // same as File
  ["", "OldFile"],
  ["1", "Link"],
  ["2", "SymbolicLink"],
  // Devices and FIFOs aren't fully supported
  // they are parsed, but skipped when unpacking
  ["3", "CharacterDevice"],
  ["4", "BlockDevice"],
  ["5", "Directory"],
  ["6", "FIFO"],
  // same as File
  ["7", "ContiguousFile"],
  // pax headers
  ["g", "GlobalExtendedHeader"],
  ["x", "ExtendedHeader"],
  // vendor-specific stuff
  // skip
  ["A", "SolarisACL"],
  // like 5, but with data, which should be skipped
  ["D", "GNUDumpDir"],
  // metadata only, skip
  ["I", "Inode"],
  // data = link path of next file
  ["K", "NextFileHasLongLinkpath"],
  // data = path of next file
  ["L", "NextFileHasLongPath"],
  // skip
  ["M", "ContinuationFile"],
  // like L
  ["N", "OldGnuLongPath"],
  // skip
  ["S", "SparseFile"],
  // skip
  ["V", "TapeVolumeHeader"],
  // like x
  ["X", "OldExtendedHeader"]
]), code = new Map(Array.from(name).map((kv) => [kv[1], kv[0]]));

// node_modules/tar/dist/esm/header.js
var notNegative = (n) => n === void 0 || n < 0 ? void 0 : n, Header = class {
  cksumValid = !1;
  needPax = !1;
  nullBlock = !1;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #type = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(data, off = 0, ex, gex) {
    Buffer.isBuffer(data) ? this.decode(data, off || 0, ex, gex) : data && this.#slurp(data);
  }
  decode(buf, off, ex, gex) {
    if (off || (off = 0), !buf || !(buf.length >= off + 512))
      throw new Error("need 512 bytes for header");
    let t = decString(buf, off + 156, 1), isNormalFS = normalFsTypes.has(t), exForFields = isNormalFS ? ex : void 0, gexForFields = isNormalFS ? gex : void 0;
    if (this.path = exForFields?.path ?? decString(buf, off, 100), this.mode = exForFields?.mode ?? gexForFields?.mode ?? decNumber(buf, off + 100, 8), this.uid = exForFields?.uid ?? gexForFields?.uid ?? decNumber(buf, off + 108, 8), this.gid = exForFields?.gid ?? gexForFields?.gid ?? decNumber(buf, off + 116, 8), this.size = notNegative(exForFields?.size ?? gexForFields?.size ?? decNumber(buf, off + 124, 12)), this.mtime = exForFields?.mtime ?? gexForFields?.mtime ?? decDate(buf, off + 136, 12), this.cksum = decNumber(buf, off + 148, 12), gexForFields && this.#slurp(gexForFields, !0), exForFields && this.#slurp(exForFields), isCode(t) && (this.#type = t || "0"), this.#type === "0" && this.path.slice(-1) === "/" && (this.#type = "5"), this.#type === "5" && (this.size = 0), this.linkpath = decString(buf, off + 157, 100), buf.subarray(off + 257, off + 265).toString() === "ustar\x0000")
      if (this.uname = exForFields?.uname ?? gexForFields?.uname ?? decString(buf, off + 265, 32), this.gname = exForFields?.gname ?? gexForFields?.gname ?? decString(buf, off + 297, 32), this.devmaj = exForFields?.devmaj ?? gexForFields?.devmaj ?? decNumber(buf, off + 329, 8) ?? 0, this.devmin = exForFields?.devmin ?? gexForFields?.devmin ?? decNumber(buf, off + 337, 8) ?? 0, buf[off + 475] !== 0) {
        let prefix = decString(buf, off + 345, 155);
        this.path = prefix + "/" + this.path;
      } else {
        let prefix = decString(buf, off + 345, 130);
        prefix && (this.path = prefix + "/" + this.path), this.atime = ex?.atime ?? gex?.atime ?? decDate(buf, off + 476, 12), this.ctime = ex?.ctime ?? gex?.ctime ?? decDate(buf, off + 488, 12);
      }
    let sum = 256;
    for (let i = off; i < off + 148; i++)
      sum += buf[i];
    for (let i = off + 156; i < off + 512; i++)
      sum += buf[i];
    this.cksumValid = sum === this.cksum, this.cksum === void 0 && sum === 256 && (this.nullBlock = !0);
  }
  #slurp(ex, gex = !1) {
    Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => !(v == null || k === "size" && Number(v) < 0 || k === "path" && gex || k === "linkpath" && gex || k === "global"))));
  }
  encode(buf, off = 0) {
    if (buf || (buf = this.block = Buffer.alloc(512)), this.#type === "Unsupported" && (this.#type = "0"), !(buf.length >= off + 512))
      throw new Error("need 512 bytes for header");
    let prefixSize = this.ctime || this.atime ? 130 : 155, split = splitPrefix(this.path || "", prefixSize), path = split[0], prefix = split[1];
    this.needPax = !!split[2], this.needPax = encString(buf, off, 100, path) || this.needPax, this.needPax = encNumber(buf, off + 100, 8, this.mode) || this.needPax, this.needPax = encNumber(buf, off + 108, 8, this.uid) || this.needPax, this.needPax = encNumber(buf, off + 116, 8, this.gid) || this.needPax, this.needPax = encNumber(buf, off + 124, 12, this.size) || this.needPax, this.needPax = encDate(buf, off + 136, 12, this.mtime) || this.needPax, buf[off + 156] = Number(this.#type.codePointAt(0)), this.needPax = encString(buf, off + 157, 100, this.linkpath) || this.needPax, buf.write("ustar\x0000", off + 257, 8), this.needPax = encString(buf, off + 265, 32, this.uname) || this.needPax, this.needPax = encString(buf, off + 297, 32, this.gname) || this.needPax, this.needPax = encNumber(buf, off + 329, 8, this.devmaj) || this.needPax, this.needPax = encNumber(buf, off + 337, 8, this.devmin) || this.needPax, this.needPax = encString(buf, off + 345, prefixSize, prefix) || this.needPax, buf[off + 475] !== 0 ? this.needPax = encString(buf, off + 345, 155, prefix) || this.needPax : (this.needPax = encString(buf, off + 345, 130, prefix) || this.needPax, this.needPax = encDate(buf, off + 476, 12, this.atime) || this.needPax, this.needPax = encDate(buf, off + 488, 12, this.ctime) || this.needPax);
    let sum = 256;
    for (let i = off; i < off + 148; i++)
      sum += buf[i];
    for (let i = off + 156; i < off + 512; i++)
      sum += buf[i];
    return this.cksum = sum, encNumber(buf, off + 148, 8, this.cksum), this.cksumValid = !0, this.needPax;
  }
  get type() {
    return this.#type === "Unsupported" ? this.#type : name.get(this.#type);
  }
  get typeKey() {
    return this.#type;
  }
  set type(type) {
    let c = String(code.get(type));
    if (isCode(c) || c === "Unsupported")
      this.#type = c;
    else if (isCode(type))
      this.#type = type;
    else
      throw new TypeError("invalid entry type: " + type);
  }
}, splitPrefix = (p, prefixSize) => {
  let pp = p, prefix = "", ret, root = pathModule.parse(p).root || ".";
  if (Buffer.byteLength(pp) < 100)
    ret = [pp, prefix, !1];
  else {
    prefix = pathModule.dirname(pp), pp = pathModule.basename(pp);
    do
      Buffer.byteLength(pp) <= 100 && Buffer.byteLength(prefix) <= prefixSize ? ret = [pp, prefix, !1] : Buffer.byteLength(pp) > 100 && Buffer.byteLength(prefix) <= prefixSize ? ret = [pp.slice(0, 99), prefix, !0] : (pp = pathModule.join(pathModule.basename(prefix), pp), prefix = pathModule.dirname(prefix));
    while (prefix !== root && ret === void 0);
    ret || (ret = [p.slice(0, 99), "", !0]);
  }
  return ret;
}, decString = (buf, off, size) => buf.subarray(off, off + size).toString("utf8").replace(/\0.*/, ""), decDate = (buf, off, size) => numToDate(decNumber(buf, off, size)), numToDate = (num) => num === void 0 ? void 0 : new Date(num * 1e3), decNumber = (buf, off, size) => Number(buf[off]) & 128 ? parse(buf.subarray(off, off + size)) : decSmallNumber(buf, off, size), nanUndef = (value) => isNaN(value) ? void 0 : value, decSmallNumber = (buf, off, size) => nanUndef(parseInt(buf.subarray(off, off + size).toString("utf8").replace(/\0.*$/, "").trim(), 8)), MAXNUM = {
  12: 8589934591,
  8: 2097151
}, encNumber = (buf, off, size, num) => num === void 0 ? !1 : num > MAXNUM[size] || num < 0 ? (encode(num, buf.subarray(off, off + size)), !0) : (encSmallNumber(buf, off, size, num), !1), encSmallNumber = (buf, off, size, num) => buf.write(octalString(num, size), off, size, "ascii"), octalString = (num, size) => padOctal(Math.floor(num).toString(8), size), padOctal = (str, size) => (str.length === size - 1 ? str : new Array(size - str.length - 1).join("0") + str + " ") + "\0", encDate = (buf, off, size, date) => date === void 0 ? !1 : encNumber(buf, off, size, date.getTime() / 1e3), NULLS = new Array(156).join("\0"), encString = (buf, off, size, str) => str === void 0 ? !1 : (buf.write(str + NULLS, off, size, "utf8"), str.length !== Buffer.byteLength(str) || str.length > size);

// node_modules/tar/dist/esm/pax.js
import { basename } from "node:path";
var Pax = class _Pax {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(obj, global = !1) {
    this.atime = obj.atime, this.charset = obj.charset, this.comment = obj.comment, this.ctime = obj.ctime, this.dev = obj.dev, this.gid = obj.gid, this.global = global, this.gname = obj.gname, this.ino = obj.ino, this.linkpath = obj.linkpath, this.mtime = obj.mtime, this.nlink = obj.nlink, this.path = obj.path, this.size = obj.size, this.uid = obj.uid, this.uname = obj.uname;
  }
  encode() {
    let body = this.encodeBody();
    if (body === "")
      return Buffer.allocUnsafe(0);
    let bodyLen = Buffer.byteLength(body), bufLen = 512 * Math.ceil(1 + bodyLen / 512), buf = Buffer.allocUnsafe(bufLen);
    for (let i = 0; i < 512; i++)
      buf[i] = 0;
    new Header({
      // XXX split the path
      // then the path should be PaxHeader + basename, but less than 99,
      // prepend with the dirname
      /* c8 ignore start */
      path: ("PaxHeader/" + basename(this.path ?? "")).slice(0, 99),
      /* c8 ignore stop */
      mode: this.mode || 420,
      uid: this.uid,
      gid: this.gid,
      size: bodyLen,
      mtime: this.mtime,
      type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader",
      linkpath: "",
      uname: this.uname || "",
      gname: this.gname || "",
      devmaj: 0,
      devmin: 0,
      atime: this.atime,
      ctime: this.ctime
    }).encode(buf), buf.write(body, 512, bodyLen, "utf8");
    for (let i = bodyLen + 512; i < buf.length; i++)
      buf[i] = 0;
    return buf;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(field) {
    if (this[field] === void 0)
      return "";
    let r = this[field], v = r instanceof Date ? r.getTime() / 1e3 : r, s = " " + (field === "dev" || field === "ino" || field === "nlink" ? "SCHILY." : "") + field + "=" + v + `
`, byteLen = Buffer.byteLength(s), digits = Math.floor(Math.log(byteLen) / Math.log(10)) + 1;
    return byteLen + digits >= Math.pow(10, digits) && (digits += 1), digits + byteLen + s;
  }
  static parse(str, ex, g = !1) {
    return new _Pax(merge(parseKV(str), ex), g);
  }
}, merge = (a, b) => b ? Object.assign({}, b, a) : a, parseKV = (str) => str.replace(/\n$/, "").split(`
`).reduce(parseKVLine, /* @__PURE__ */ Object.create(null)), parseKVLine = (set, line) => {
  let n = parseInt(line, 10);
  if (n !== Buffer.byteLength(line) + 1)
    return set;
  line = line.slice((n + " ").length);
  let kv = line.split("="), r = kv.shift();
  if (!r)
    return set;
  let k = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), v = kv.join("=").replace(/\0.*/, "");
  switch (k) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      set[k] = v;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      set[k] = new Date(Number(v) * 1e3);
      break;
    case "size":
      let s = +v;
      s >= 0 && (set[k] = s);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      set[k] = +v;
      break;
  }
  return set;
};

export {
  Header,
  Pax
};
