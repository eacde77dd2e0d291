// The in-page half of the WhatsApp Web double. Served inline as https://web.whatsapp.com/ (through
// whatsapp-web.js's remote webVersionCache), it implements just the `window.require` modules the pinned
// whatsapp-web.js reads, records every member it reads into `touched` (the golden-surface tripwire), and
// talks to the test's server over a loopback WebSocket so the "phone side" (pairing, chat history, the
// record of what was sent) outlives the page, the browser and the engine process.
/* global window, document, localStorage, location, WebSocket */
;(function () {
  'use strict'
  const cfg = window.__DOUBLE_CONFIG__ || {}
  const ME = cfg.me || { user: '919812345678', pushname: 'Sharma Kirana', platform: 'android' }
  let phase = cfg.phase || 'boot'
  const touched = new Map()
  const pendingTouched = []
  const log = []

  function record(entry) {
    if (touched.has(entry)) return
    touched.set(entry, phase)
    pendingTouched.push([entry, phase])
    flushSoon()
  }

  // ---------- loopback control channel ----------
  let ws = null
  const outbox = []
  let flushTimer = null
  function post(msg) {
    outbox.push(msg)
    flushSoon()
  }
  function flushSoon() {
    if (flushTimer) return
    flushTimer = setTimeout(flush, 0)
  }
  function flush() {
    flushTimer = null
    if (pendingTouched.length) outbox.push({ ev: 'touched', entries: pendingTouched.splice(0) })
    if (!ws || ws.readyState !== 1) return
    while (outbox.length) ws.send(JSON.stringify(outbox.shift()))
  }

  // ---------- Backbone-ish events and models ----------
  function hidden(obj, key, value) {
    Object.defineProperty(obj, key, { value, enumerable: false, writable: true, configurable: true })
  }
  class Emitter {
    constructor(label) {
      hidden(this, '_ev', new Map())
      hidden(this, '_label', label)
    }
    on(names, fn, once) {
      for (const name of String(names).split(/\s+/).filter(Boolean)) {
        record(`on ${this._label} ${name}`)
        if (!this._ev.has(name)) this._ev.set(name, [])
        this._ev.get(name).push({ fn, once: !!once })
      }
      return this
    }
    once(names, fn) {
      return this.on(names, fn, true)
    }
    off(names, fn) {
      if (!names) {
        this._ev.clear()
        return this
      }
      for (const name of String(names).split(/\s+/).filter(Boolean)) {
        const list = this._ev.get(name) || []
        this._ev.set(
          name,
          list.filter((l) => fn && l.fn !== fn),
        )
      }
      return this
    }
    trigger(name, ...args) {
      const list = this._ev.get(name) || []
      for (const l of [...list]) {
        if (l.once)
          this._ev.set(
            name,
            (this._ev.get(name) || []).filter((x) => x !== l),
          )
        try {
          const r = l.fn.apply(this, args)
          if (r && typeof r.catch === 'function') r.catch((e) => log.push(`listener ${name}: ${e}`))
        } catch (e) {
          log.push(`listener ${name}: ${e && e.stack ? e.stack : e}`)
        }
      }
      if (this.collection) this.collection.trigger(name, ...args)
      return this
    }
    listenerNames() {
      return [...this._ev.entries()].filter(([, l]) => l.length).map(([n]) => n)
    }
  }
  class Model extends Emitter {
    constructor(label, attrs) {
      super(label)
      hidden(this, 'collection', null)
      Object.assign(this, attrs || {})
    }
    set(key, value) {
      const changes = typeof key === 'object' ? key : { [key]: value }
      let changed = false
      for (const [k, v] of Object.entries(changes)) {
        const prev = this[k]
        if (prev === v) continue
        this[k] = v
        changed = true
        this.trigger(`change:${k}`, this, v, prev)
      }
      if (changed) this.trigger('change', this)
    }
    serialize() {
      return JSON.parse(JSON.stringify(this))
    }
    toJSON() {
      return Object.fromEntries(Object.entries(this))
    }
  }
  class Collection extends Emitter {
    constructor(label, modelClass) {
      super(label)
      hidden(this, '_models', new Map())
      hidden(this, 'modelClass', modelClass)
    }
    key(id) {
      if (id == null) return null
      return typeof id === 'string' ? id : id._serialized
    }
    get(id) {
      return this._models.get(this.key(id))
    }
    add(models) {
      const list = Array.isArray(models) ? models : [models]
      for (const m of list) {
        const k = this.key(m.id)
        if (this._models.has(k)) continue
        this._models.set(k, m)
        m.collection = this
        this.trigger('add', m, this)
      }
      return models
    }
    remove(model) {
      const k = this.key(model.id || model)
      const m = this._models.get(k)
      if (!m) return
      this._models.delete(k)
      this.trigger('remove', m, this)
      m.collection = null
    }
    getModelsArray() {
      return [...this._models.values()]
    }
    get length() {
      return this._models.size
    }
    async find(id) {
      return this.get(id)
    }
    async getMessagesById(ids) {
      return { messages: ids.map((i) => this.get(i)).filter(Boolean) }
    }
    async update() {}
  }

  // ---------- ids ----------
  class Wid {
    constructor(serialized) {
      const at = serialized.indexOf('@')
      this.server = serialized.slice(at + 1)
      this.user = serialized.slice(0, at)
      this._serialized = serialized
    }
    isLid() {
      return this.server === 'lid'
    }
    isGroup() {
      return this.server === 'g.us'
    }
    isUser() {
      return this.server === 'c.us' || this.server === 'lid'
    }
    isStatus() {
      return this._serialized === 'status@broadcast'
    }
    isBroadcast() {
      return this.server === 'broadcast'
    }
    isNewsletter() {
      return this.server === 'newsletter'
    }
    equals(o) {
      return !!o && createWid(o)._serialized === this._serialized
    }
    toString() {
      return this._serialized
    }
    toJid() {
      return this._serialized.replace('@c.us', '@s.whatsapp.net')
    }
  }
  function createWid(x) {
    if (x instanceof Wid) return x
    if (typeof x === 'string') return x.includes('@') ? new Wid(x) : null
    if (x && typeof x._serialized === 'string') return new Wid(x._serialized)
    if (x && x.user && x.server) return new Wid(`${x.user}@${x.server}`)
    return null
  }
  function hex(n) {
    let s = ''
    const bytes = window.crypto.getRandomValues(new Uint8Array(Math.ceil(n / 2)))
    for (const b of bytes) s += b.toString(16).padStart(2, '0')
    return s.slice(0, n).toUpperCase()
  }
  class MsgKey {
    constructor(o) {
      this.fromMe = o.selfDir === 'out' || o.fromMe === true
      this.remote = createWid(o.remote || (this.fromMe ? o.to : o.from))
      this.id = o.id
      if (o.participant) this.participant = createWid(o.participant)
      this._serialized =
        `${this.fromMe}_${this.remote._serialized}_${this.id}` +
        (this.participant ? `_${this.participant._serialized}` : '')
    }
    toString() {
      return this._serialized
    }
    static newId() {
      return Promise.resolve('3EB0' + hex(16))
    }
  }
  const me = new Wid(`${ME.user}@c.us`)

  // ---------- the page's world ----------
  const Socket = new Model('Socket', { state: 'OPENING', hasSynced: false })
  Socket.logout = function () {
    localStorage.removeItem('double.paired')
    post({ ev: 'logged_out', by: 'client' })
    // Sent now, not on the next tick: the client closes the browser right after, and a loaded machine would
    // lose the queued report (and the touch of Socket.logout with it, failing the golden surface by chance).
    flush()
    return Promise.resolve()
  }
  Socket.takeover = function () {
    Socket.set('state', 'CONNECTED')
  }
  const Cmd = new Emitter('Cmd')
  // WhatsApp Web stops rotating the QR after a while (UNPAIRED_IDLE: "Click to reload QR code").
  Cmd.refreshQR = () => {
    if (Socket.state === 'UNPAIRED_IDLE') Socket.set('state', 'UNPAIRED')
    return rotateQR()
  }
  const Conn = new Model('Conn', {
    ref: '2@' + hex(40),
    pushname: ME.pushname,
    platform: ME.platform,
    battery: 87,
    plugged: false,
  })
  Conn.serialize = function () {
    return { pushname: this.pushname, platform: this.platform, battery: this.battery, plugged: this.plugged }
  }
  let offlineProgress = 0
  const Msg = new Collection('Msg', null)
  const Chat = new Collection('Chat', null)
  const Contact = new Collection('Contact', null)
  const GroupMetadata = new Collection('GroupMetadata', null)
  class MsgModel extends Model {
    constructor(attrs) {
      super('MsgModel', attrs)
    }
    downloadMedia() {
      return Promise.resolve()
    }
  }

  // Outbound media: just enough of WhatsApp Web's prepare/upload pipeline for whatsapp-web.js's
  // processMediaData, keeping the bytes so the "phone side" can check what was sent.
  class OpaqueData {
    constructor(blob) {
      hidden(this, 'blob', blob)
    }
    static async createFromData(data, mimetype) {
      return new OpaqueData(data instanceof Blob ? data : new Blob([data], { type: mimetype }))
    }
    url() {
      return 'blob:double'
    }
    autorelease() {}
    formData() {
      return null
    }
  }
  class MediaData extends Model {
    constructor(attrs) {
      super('MediaData', attrs)
    }
    toJSON() {
      return {
        type: this.type,
        mimetype: this.mimetype,
        filehash: this.filehash,
        size: this.size,
        directPath: this.directPath,
        mediaKey: this.mediaKey,
        mediaBase64: this.mediaBase64,
      }
    }
  }
  async function bytesToBase64(blob) {
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let bin = ''
    for (let i = 0; i < bytes.length; i += 0x8000)
      bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return window.btoa(bin)
  }
  hidden(Msg, 'modelClass', MsgModel)
  class ChatModel extends Model {
    constructor(attrs) {
      super('ChatModel', attrs)
      hidden(this, 'msgs', new Collection('ChatMsgs', MsgModel))
    }
    get formattedTitle() {
      return this.name || `+${this.id.user}`
    }
    serialize() {
      const o = JSON.parse(JSON.stringify(this))
      o.msgs = this.msgs.getModelsArray().map((m) => m.id._serialized)
      return o
    }
  }

  function chatFor(chatId, name) {
    let chat = Chat.get(chatId) || otherChats.get(chatId)
    if (!chat) {
      const id = createWid(chatId)
      chat = new ChatModel({
        id,
        name: name || null,
        t: 0,
        unreadCount: 0,
        archive: false,
        pin: 0,
        mute: { expiration: 0 },
      })
      if (id.isGroup()) {
        const gm = new Model('GroupMetadata', {
          id,
          subject: name || 'Group',
          participants: [],
          announce: false,
        })
        hidden(chat, 'groupMetadata', gm)
      }
      if (id.isNewsletter()) {
        const nm = new Model('NewsletterMetadata', { id, name: name || 'Channel', creationTime: 0 })
        hidden(chat, 'newsletterMetadata', nm)
      }
      // Status updates and channels live in their own stores on WhatsApp Web, not in the chat list.
      if (id.isBroadcast() || id.isNewsletter()) hidden(chat, 'offList', true)
      else Chat.add(chat)
      otherChats.set(id._serialized, chat)
    }
    return chat
  }
  const otherChats = new Map()

  // A wire record (from the server) into a Msg model.
  function toModel(rec, isNewMsg) {
    const key = new MsgKey({ fromMe: rec.fromMe, remote: rec.chat, id: rec.id, participant: rec.author })
    const attrs = Object.assign({}, rec.extra || {}, {
      id: key,
      type: rec.type || 'chat',
      body: rec.body == null ? '' : rec.body,
      t: rec.t,
      from: createWid(rec.fromMe ? me._serialized : rec.chat),
      to: createWid(rec.fromMe ? rec.chat : me._serialized),
      ack: rec.ack == null ? (rec.fromMe ? 1 : 0) : rec.ack,
      isNewMsg,
      notifyName: rec.notifyName || '',
      star: false,
      broadcast: createWid(rec.chat).isBroadcast() && !createWid(rec.chat).isStatus(),
    })
    if (rec.author) attrs.author = createWid(rec.author)
    if (createWid(rec.chat).isStatus()) attrs.isStatusV3 = true
    const m = new MsgModel(attrs)
    if (attrs.directPath) {
      hidden(m, 'mediaObject', { type: attrs.type, filehash: attrs.filehash || 'x' })
      hidden(m, 'mediaData', { mediaStage: rec.mediaBase64 ? 'RESOLVED' : 'ERROR_MISSING' })
      hidden(m, 'mediaBytes', rec.mediaBase64 || null)
    }
    return m
  }

  // Privacy ids (`…@lid`) the phone knows the number of: filled from the wire records.
  const lidToPn = new Map()

  function addToChat(rec, isNewMsg) {
    if (rec.pn && String(rec.chat).endsWith('@lid')) lidToPn.set(rec.chat, rec.pn)
    if (Msg.get(new MsgKey({ fromMe: rec.fromMe, remote: rec.chat, id: rec.id, participant: rec.author })))
      return
    const chat = chatFor(rec.chat, rec.chatName)
    const m = toModel(rec, isNewMsg)
    chat.msgs.add(m)
    if (!rec.fromMe) chat.lastReceivedKey = m.id
    chat.t = Math.max(chat.t || 0, rec.t)
    Msg.add(m)
    if (isNewMsg && !rec.fromMe && !m.isNotification) chat.set('unreadCount', (chat.unreadCount || 0) + 1)
    return m
  }

  // Unread messages held back from the history, to be delivered as new once synced (liveBacklog mode).
  let backlog = []
  let liveBacklog = false
  let holdSync = false

  function loadHistory(chats) {
    for (const c of chats || []) {
      const chat = chatFor(c.id, c.name)
      let held = []
      if (liveBacklog && c.unread > 0) {
        const inbound = c.msgs.filter((m) => !m.fromMe)
        held = inbound.slice(Math.max(0, inbound.length - c.unread))
      }
      for (const rec of c.msgs) if (!held.includes(rec)) addToChat(rec, false)
      chat.unreadCount = (c.unread || 0) - held.length
      backlog.push(...held)
    }
  }

  // Like WhatsApp Web after being offline: what arrived meanwhile comes in as new messages once connected.
  function deliverBacklog() {
    const due = backlog
    backlog = []
    for (const rec of due) addToChat(rec, true)
  }

  // Listeners for change:hasSynced are attached only after the client emitted `qr`/ran inject(): flipping
  // hasSynced earlier is silently lost, so wait until someone is watching.
  function syncWhenWatched() {
    // holdSync: WhatsApp Web that never finishes syncing (the "loading your chats" that never ends).
    if (holdSync) return
    if (Socket.listenerNames().includes('change:hasSynced')) {
      offlineProgress = 100
      Cmd.trigger('offline_progress_update_from_bridge')
      Socket.set('hasSynced', true)
      post({ ev: 'synced' })
      // Once the client listens for new messages (it subscribes only after hasSynced).
      if (backlog.length) whenWatched(Msg, 'add', deliverBacklog)
    } else setTimeout(syncWhenWatched, 25)
  }

  function whenWatched(emitter, name, fn) {
    if (emitter.listenerNames().includes(name)) fn()
    else setTimeout(() => whenWatched(emitter, name, fn), 25)
  }

  function rotateQR() {
    Conn.set('ref', '2@' + hex(40))
    return Conn.ref
  }

  function connectAndSync(history) {
    Socket.set('state', 'CONNECTED')
    loadHistory(history)
    offlineProgress = 40
    Cmd.trigger('offline_progress_update_from_bridge')
    setTimeout(syncWhenWatched, 10)
  }

  function scan() {
    if (Socket.state !== 'UNPAIRED' && Socket.state !== 'UNPAIRED_IDLE') return false
    localStorage.setItem('double.paired', '1')
    post({ ev: 'paired' })
    // Alone (no server), the page plays the phone too; with a server, the server answers with `sync`.
    if (!ws || ws.readyState !== 1) connectAndSync([])
    return true
  }

  const reactionTableMode = {
    bulkUpsert(rows) {
      return Promise.resolve(rows.length)
    },
  }

  const sent = []
  const modules = {
    WAWebSocketModel: { Socket },
    WAWebCmd: { Cmd },
    WAWebConnModel: { Conn },
    WAWebOfflineHandler: {
      OfflineMessageHandler: { getOfflineDeliveryProgress: () => offlineProgress },
    },
    WAWebAltDeviceLinkingApi: {
      setPairingType() {},
      initializeAltDeviceLinking: () => Promise.resolve(),
      startAltLinkingFlow(phone) {
        const code = hex(8).replace(/[0O1I]/g, 'K')
        post({ ev: 'pairing_code', phone: String(phone), code })
        return Promise.resolve(code)
      },
      initializeQRLinking: () => Promise.resolve(),
    },
    WAWebCompanionRegClientUtils: { DEVICE_PLATFORM: 'WEB' },
    WAWebAdvSignatureApi: {},
    WAWebUserPrefsInfoStore: {
      waNoiseInfo: { get: () => Promise.resolve({ staticKeyPair: { pubKey: new Uint8Array(32).fill(7) } }) },
    },
    WAWebSignalStoreApi: {
      waSignalStore: {
        getRegistrationInfo: () =>
          Promise.resolve({ identityKeyPair: { pubKey: new Uint8Array(32).fill(9) } }),
      },
    },
    WABase64: { encodeB64: (bytes) => window.btoa(String.fromCharCode(...bytes)) },
    WAWebUserPrefsMultiDevice: { getADVSecretKey: () => 'QURWU0VDUkVUS0VZRk9SVEhFRE9VQkxFMTIzNDU2Nzg=' },
    WAWebUserPrefsMeUser: {
      getMaybeMePnUser: () => me,
      getMaybeMeLidUser: () => null,
    },
    WAWebCollections: { Msg, Chat, Contact, GroupMetadata },
    WAWebSyncGatingUtils: {},
    WALinkify: {
      findLinks(text) {
        const out = []
        const re = /\bhttps?:\/\/[^\s]+/g
        let m
        while ((m = re.exec(String(text || '')))) out.push({ href: m[0] })
        return out
      },
      findLink(text) {
        const m = /\bhttps?:\/\/[^\s]+/.exec(String(text || ''))
        return m ? { href: m[0], url: m[0] } : null
      },
    },
    WAWebWidFactory: {
      createWid,
      asUserWidOrThrow: (w) => createWid(w),
    },
    WAWebFindChatAction: {
      // A customer WhatsApp knows by privacy id keeps one chat: a phone-number address finds it.
      findOrCreateLatestChat: async (wid) => {
        const id = createWid(wid)._serialized
        for (const [lid, pn] of lidToPn) if (pn === id && Chat.get(lid)) return { chat: Chat.get(lid) }
        return { chat: chatFor(id) }
      },
    },
    WAWebStreamModel: { Stream: { markAvailable() {}, markUnavailable() {} } },
    WAWebUpdateUnreadChatAction: {
      sendSeen: async ({ chat }) => {
        chat.set('unreadCount', 0)
        post({ ev: 'seen', chat: chat.id._serialized })
      },
    },
    WAWebChatGetters: {
      getIsNewsletter: (chat) => chat.id.isNewsletter(),
      getIsBroadcast: (chat) => chat.id.isBroadcast(),
    },
    WAWebLinkPreviewChatAction: { getLinkPreview: async () => null },
    WAWebMsgKey: MsgKey,
    WAWebGetEphemeralFieldsMsgActionsUtils: { getEphemeralFields: () => ({}) },
    WAWebSendMsgChatAction: {
      addAndSendMsgToChat(chat, attrs) {
        const m = new MsgModel(
          Object.assign({}, attrs, { from: createWid(attrs.from), to: createWid(attrs.to) }),
        )
        chat.msgs.add(m)
        chat.t = attrs.t
        Msg.add(m)
        const rec = {
          id: m.id._serialized,
          keyId: m.id.id,
          to: chat.id._serialized,
          body: m.type === 'chat' ? m.body : m.caption || '',
          type: m.type,
          t: m.t,
        }
        if (m.type !== 'chat') {
          rec.mimetype = m.mimetype
          rec.mediaBase64 = m.mediaBase64 || null
        }
        sent.push(rec)
        post({ ev: 'sent', msg: rec })
        if (autoAck) setTimeout(() => ack(m.id._serialized, 1), 5)
        // The crash test widens the window between "WhatsApp has it" and "the client knows": kill in there.
        const accepted =
          sendDelay > 0 ? new Promise((r) => setTimeout(() => r(m), sendDelay)) : Promise.resolve(m)
        return [accepted, Promise.resolve({ messageSendResult: 'OK' })]
      },
    },
    WAWebChatLoadMessages: { loadEarlierMsgs: async () => [] },
    WAWebMediaOpaqueData: OpaqueData,
    WAWebPrepRawMedia: {
      prepRawMedia(opaque) {
        return {
          waitForPrep: async () => {
            const blob = opaque.blob
            const base64 = await bytesToBase64(blob)
            const digest = await window.crypto.subtle.digest('SHA-256', await blob.arrayBuffer())
            const filehash = window.btoa(String.fromCharCode(...new Uint8Array(digest)))
            const type = String(blob.type).startsWith('image/') ? 'image' : 'document'
            const md = new MediaData({ type, isGif: false, mimetype: blob.type, filehash, size: blob.size })
            hidden(md, 'mediaBlob', opaque)
            hidden(md, 'mediaBase64', base64)
            return md
          },
        }
      },
    },
    WAWebMediaStorage: {
      getOrCreateMediaObject: (filehash) => ({ filehash, type: 'image', contentInfo: {}, consolidate() {} }),
    },
    WAWebMmsMediaTypes: { msgToMediaType: ({ type }) => type, castToV4: (t) => t },
    WAWebMediaDataUtils: { shouldUseMediaCache: () => false },
    WAWebMediaMmsV4Upload: {
      uploadUnencryptedMedia: async () => {
        throw new Error('double: unencrypted upload is for channels only')
      },
      uploadMedia: async ({ mediaObject }) => ({
        mediaEntry: {
          mmsUrl: `https://mmg.whatsapp.net/double/${encodeURIComponent(mediaObject.filehash)}`,
          directPath: `/double/${encodeURIComponent(mediaObject.filehash)}`,
          mediaKey: 'a2V5',
          mediaKeyTimestamp: Math.floor(Date.now() / 1000),
          encFilehash: mediaObject.filehash,
          uploadHash: mediaObject.filehash,
        },
      }),
    },
    WAWebDownloadManager: {
      downloadManager: {
        async downloadAndMaybeDecrypt({ directPath }) {
          const m = Msg.getModelsArray().find((x) => x.directPath === directPath && x.mediaBytes)
          if (!m) throw Object.assign(new Error('not found'), { status: 404 })
          const bin = window.atob(m.mediaBytes)
          const out = new Uint8Array(bin.length)
          for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
          return out.buffer
        },
      },
    },
    WAWebLidMigrationUtils: { toPn: (w) => w },
    WAWebAddonReactionTableMode: { reactionTableMode },
    WAWebApiContact: {
      getPhoneNumber: (wid) => {
        const pn = lidToPn.get(createWid(wid)._serialized)
        return pn ? createWid(pn) : null
      },
      getCurrentLid: (wid) => {
        const key = createWid(wid)._serialized
        for (const [lid, pn] of lidToPn) if (pn === key) return createWid(lid)
        return null
      },
    },
    WAWebQueryExistsJob: { queryWidExists: async (wid) => ({ wid: createWid(wid) }) },
  }
  let autoAck = !!cfg.autoAck
  let sendDelay = 0

  function ack(id, n) {
    const m = Msg.get(id)
    if (!m) return false
    m.set('ack', n)
    post({ ev: 'ack', id, ack: n })
    return true
  }

  // ---------- the recording require ----------
  // The double's own plumbing (read through `this`, which is the proxy) is not part of WhatsApp's surface.
  const IGNORED = new Set([
    'then',
    'toJSON',
    'constructor',
    '__proto__',
    'prototype',
    'length',
    'name',
    '_ev',
    '_label',
    '_models',
    'key',
    'collection',
    'listenerNames',
    'trigger',
  ])
  function wrap(label, target, depth) {
    return new Proxy(target, {
      get(t, prop, recv) {
        const v = Reflect.get(t, prop, recv)
        if (typeof prop !== 'string' || IGNORED.has(prop)) return v
        record(`${label}.${prop}${v === undefined ? (prop in t ? '' : ' (undefined)') : ''}`)
        if (depth > 0 && v && typeof v === 'object' && !(v instanceof Wid) && !(v instanceof Uint8Array)) {
          return wrap(`${label}.${prop}`, v, depth - 1)
        }
        return v
      },
      set(t, prop, value) {
        if (typeof prop === 'string') record(`${label}.${prop} (set)`)
        t[prop] = value
        return true
      },
    })
  }
  const wrapped = new Map()
  window.require = function (name) {
    const mod = modules[name]
    if (!mod) {
      record(`${name} (MISSING)`)
      return undefined
    }
    record(name)
    if (!wrapped.has(name)) wrapped.set(name, wrap(name, mod, 1))
    return wrapped.get(name)
  }
  window.Debug = { VERSION: cfg.version || '2.3000.1099999999' }

  // ---------- test hooks (also reachable through client.pupPage.evaluate) ----------
  function receive(rec) {
    const m = addToChat(rec, true)
    return m ? m.id._serialized : null
  }
  function revoke(id) {
    const m = Msg.get(id)
    if (!m) return false
    m.set({ type: 'revoked', body: '' })
    return true
  }
  function react(rec) {
    const parent = Msg.get(rec.parentId)
    if (!parent) return false
    const from = createWid(rec.from)
    const key = new MsgKey({ fromMe: false, remote: from, id: hex(32) })
    reactionTableMode.bulkUpsert([
      {
        id: key,
        reactionParentKey: parent.id,
        reactionTimestamp: Date.now(),
        from,
        reactionText: rec.text,
        orphan: 0,
        read: false,
        ack: 0,
      },
    ])
    return true
  }
  function setState(s) {
    setTimeout(() => Socket.set('state', s), 20)
    return true
  }
  function logoutFromPhone() {
    localStorage.removeItem('double.paired')
    post({ ev: 'logged_out', by: 'phone' })
    flush()
    setTimeout(() => {
      Cmd.trigger('logout')
      // Exactly the intercepted URL: anything else would go to the real network.
      setTimeout(() => location.assign('https://web.whatsapp.com/'), 50)
    }, 10)
    return true
  }

  const hooks = {
    rotateQR,
    scan,
    receive,
    revoke,
    react,
    ack,
    setState,
    // A test fault, not WhatsApp behaviour: the page's main thread spins for good (a hung renderer). Deferred so
    // the hook's own answer still goes out.
    freeze: () => {
      setTimeout(() => {
        for (;;);
      }, 50)
      return true
    },
    idleQR: () => {
      Socket.set('state', 'UNPAIRED_IDLE')
      return true
    },
    logout: logoutFromPhone,
    setSendDelay: (ms) => {
      sendDelay = Number(ms) || 0
      return sendDelay
    },
    setAutoAck: (on) => {
      autoAck = !!on
      return autoAck
    },
    mark: (p) => {
      phase = p
      return p
    },
    listeners: () => Socket.listenerNames(),
    state: () => ({ state: Socket.state, hasSynced: Socket.hasSynced, ref: Conn.ref, paired: isPaired() }),
    unread: () =>
      Chat.getModelsArray()
        .filter((c) => c.unreadCount > 0)
        .map((c) => c.id._serialized),
  }
  window.__double = Object.assign({ sent, log, touched: () => [...touched.entries()] }, hooks)

  function isPaired() {
    return localStorage.getItem('double.paired') === '1'
  }

  // ---------- boot ----------
  let booted = false
  function boot(history, unlinked) {
    if (booted) return
    booted = true
    // The socket leaves OPENING only once the client waits for it: the client then always takes the same
    // path (subscribe, wait, unsubscribe), which keeps the recorded page surface deterministic.
    if (isPaired()) whenWatched(Socket, 'change:state', () => connectAndSync(history))
    else whenWatched(Socket, 'change:state', () => Socket.set('state', 'UNPAIRED'))
    // The phone unlinked this device while the app was closed: the session comes up, then WhatsApp logs
    // it out, once the client is listening for that.
    if (isPaired() && unlinked) whenCmdWatched('logout', logoutFromPhone)
  }
  function whenCmdWatched(name, fn) {
    whenWatched(Cmd, name, fn)
  }

  if (cfg.control) {
    try {
      ws = new WebSocket(cfg.control)
      ws.onopen = () => {
        ws.send(JSON.stringify({ ev: 'hello', paired: isPaired(), href: String(location.href) }))
        flush()
      }
      ws.onmessage = (e) => {
        let cmd
        try {
          cmd = JSON.parse(e.data)
        } catch {
          return
        }
        if (cmd.op === 'welcome') {
          if (cmd.phase) phase = cmd.phase
          autoAck = !!cmd.autoAck
          sendDelay = Number(cmd.sendDelay) || 0
          liveBacklog = !!cmd.liveBacklog
          holdSync = !!cmd.holdSync
          boot(cmd.history, cmd.unlinked)
          return
        }
        if (cmd.op === 'sync') {
          // The phone accepted the scan and hands over the history, as a real link does.
          connectAndSync(cmd.history)
          return
        }
        let result = null
        let error = null
        try {
          const fn = hooks[cmd.op]
          if (!fn) throw new Error(`unknown op ${cmd.op}`)
          result = fn(...(cmd.args || []))
        } catch (err) {
          error = String(err && err.stack ? err.stack : err)
        }
        ws.send(JSON.stringify({ ev: 'result', rid: cmd.rid, result, error }))
      }
      ws.onerror = () => log.push('control channel error')
    } catch (e) {
      log.push(`control channel: ${e}`)
    }
    // Without the server the page still boots, so a failure shows as a missing control channel, not a hang.
    setTimeout(() => boot([]), 3000)
  } else {
    boot([])
  }
  document.title = 'WhatsApp (double)'
})()
