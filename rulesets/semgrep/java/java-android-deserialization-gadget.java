import android.os.Parcel;
import android.os.Parcelable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URL;

// A lending app's cached documents: every class here can arrive from another app in an Intent
// extra or a Bundle, and is then rebuilt by the platform.
public class LoanDraftCache implements Serializable {
    private String draftPath;
    private transient File draftFile;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        File stale = new File(in.readUTF());
        if (stale.exists()) {
            // ruleid: java-android-deserialization-gadget
            FileHelper.deleteRecursively(stale);
        }
        // ok: java-android-deserialization-gadget
        draftFile = new File(draftPath);
    }

    @Override
    protected void finalize() throws Throwable {
        // ruleid: java-android-deserialization-gadget
        new File(draftPath).delete();
    }
}

class ReceiptExport implements Serializable, Cloneable {
    private String target;
    private String body;
    private String command;

    private Object readResolve() throws IOException {
        // ruleid: java-android-deserialization-gadget
        try (FileOutputStream out = new FileOutputStream(target)) {
            out.write(body.getBytes());
        }
        // ruleid: java-android-deserialization-gadget
        Runtime.getRuntime().exec(command);
        return this;
    }
}

class ScoringPlugin implements Serializable {
    private String library;
    private String reportUrl;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        // ruleid: java-android-deserialization-gadget
        System.loadLibrary(library);
        // ruleid: java-android-deserialization-gadget
        new URL(reportUrl).openConnection();
    }
}

class NativeScoreBuffer implements Serializable {
    static {
        // ok: java-android-deserialization-gadget
        System.loadLibrary("scoring");
    }

    private long handle;

    private native void release(long handle);

    @Override
    protected void finalize() throws Throwable {
        if (handle != 0) {
            // ruleid: java-android-deserialization-gadget
            release(handle);
            handle = 0;
        }
    }
}

class OfferPayload implements Parcelable {
    public Object value;

    protected OfferPayload(Parcel parcel) throws ClassNotFoundException {
        // ruleid: java-android-deserialization-gadget
        Class<?> type = Class.forName(parcel.readString());
        value = JsonCodec.decode(parcel.readString(), type);
    }

    public static final Creator<OfferPayload> CREATOR = new Creator<OfferPayload>() {
        @Override
        public OfferPayload createFromParcel(Parcel in) {
            return new OfferPayload(in);
        }

        @Override
        public OfferPayload[] newArray(int size) {
            return new OfferPayload[size];
        }
    };

    @Override
    public int describeContents() {
        return 0;
    }

    @Override
    public void writeToParcel(Parcel dest, int flags) {
        dest.writeString(value.getClass().getName());
    }
}

// Near misses: plain value classes, and dangerous work outside the methods the platform calls.
class LoanTerms implements Parcelable {
    private final String currency;
    private final long amount;

    protected LoanTerms(Parcel in) {
        // ok: java-android-deserialization-gadget
        currency = in.readString();
        amount = in.readLong();
    }

    void purge(File cacheDir) {
        // ok: java-android-deserialization-gadget
        new File(cacheDir, "terms").delete();
    }

    @Override
    public int describeContents() {
        return 0;
    }

    @Override
    public void writeToParcel(Parcel dest, int flags) {
        dest.writeString(currency);
    }
}

class TempUpload {
    private File tmp;

    @Override
    protected void finalize() throws Throwable {
        // ok: java-android-deserialization-gadget
        tmp.delete();
    }
}

class ScheduleState implements Serializable {
    private transient java.io.InputStream stream;

    @Override
    protected void finalize() throws Throwable {
        // ok: java-android-deserialization-gadget
        stream.close();
    }

    private Object readResolve() {
        // ok: java-android-deserialization-gadget
        return ScheduleRegistry.canonical(this);
    }
}
