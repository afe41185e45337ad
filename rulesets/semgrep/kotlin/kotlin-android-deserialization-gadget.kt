import android.os.Parcel
import android.os.Parcelable
import java.io.File
import java.io.FileOutputStream
import java.io.ObjectInputStream
import java.io.Serializable
import java.net.URL

// A lending app's cached documents: every class here can arrive from another app in an Intent
// extra or a Bundle, and is then rebuilt by the platform.
class LoanDraftCache(private var draftPath: String) : Serializable {
    private fun readObject(input: ObjectInputStream) {
        input.defaultReadObject()
        val stale = File(input.readUTF())
        if (stale.exists()) {
            // ruleid: kotlin-android-deserialization-gadget
            stale.deleteRecursively()
        }
        // ok: kotlin-android-deserialization-gadget
        val draft = File(draftPath)
    }

    protected fun finalize() {
        // ruleid: kotlin-android-deserialization-gadget
        File(draftPath).delete()
    }
}

class ReceiptExport(val target: String, val body: String, val command: String) : Serializable {
    private fun readResolve(): Any {
        // ruleid: kotlin-android-deserialization-gadget
        FileOutputStream(target).use { it.write(body.toByteArray()) }
        // ruleid: kotlin-android-deserialization-gadget
        Runtime.getRuntime().exec(command)
        return this
    }
}

class ScoringPlugin(val library: String, val reportUrl: String) : Serializable {
    private fun readObject(input: ObjectInputStream) {
        input.defaultReadObject()
        // ruleid: kotlin-android-deserialization-gadget
        System.loadLibrary(library)
        // ruleid: kotlin-android-deserialization-gadget
        URL(reportUrl).openConnection()
    }
}

class NativeScoreBuffer : Serializable {
    private var handle: Long = 0

    private external fun release(handle: Long)

    protected fun finalize() {
        if (handle != 0L) {
            // ruleid: kotlin-android-deserialization-gadget
            release(handle)
            handle = 0
        }
    }

    companion object {
        init {
            // ok: kotlin-android-deserialization-gadget
            System.loadLibrary("scoring")
        }
    }
}

class OfferPayload : Parcelable {
    var value: Any? = null

    constructor(parcel: Parcel) {
        // ruleid: kotlin-android-deserialization-gadget
        val type = Class.forName(parcel.readString())
        value = JsonCodec.decode(parcel.readString(), type)
    }

    override fun describeContents() = 0

    override fun writeToParcel(dest: Parcel, flags: Int) {
        dest.writeString(value?.javaClass?.name)
    }

    companion object CREATOR : Parcelable.Creator<OfferPayload> {
        override fun createFromParcel(parcel: Parcel) = OfferPayload(parcel)
        override fun newArray(size: Int) = arrayOfNulls<OfferPayload>(size)
    }
}

// Near misses: plain value classes, and dangerous work outside the methods the platform calls.
class LoanTerms(val currency: String?, val amount: Long) : Parcelable {
    constructor(parcel: Parcel) : this(parcel.readString(), parcel.readLong())

    fun purge(cacheDir: File) {
        // ok: kotlin-android-deserialization-gadget
        File(cacheDir, "terms").delete()
    }

    override fun describeContents() = 0

    override fun writeToParcel(dest: Parcel, flags: Int) {
        dest.writeString(currency)
    }
}

class TempUpload(private val tmp: File) {
    protected fun finalize() {
        // ok: kotlin-android-deserialization-gadget
        tmp.delete()
    }
}

class ScheduleState : Serializable {
    @Transient private var stream: java.io.InputStream? = null

    protected fun finalize() {
        // ok: kotlin-android-deserialization-gadget
        stream?.close()
    }

    private fun readResolve(): Any = ScheduleRegistry.canonical(this)
}
