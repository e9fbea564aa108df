<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>wl::widgets::AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>wl::widgets::AudioMeter</name>
    <message>
        <source>Program audio level (dBFS)</source>
        <translation>प्रोग्राम ऑडियो स्तर (dBFS)</translation>
    </message>
</context>
<context>
    <name>wl::widgets::CameraSetupDialog</name>
    <message>
        <source>Cameras</source>
        <translation>कैमरे</translation>
    </message>
    <message>
        <source>Drag a camera to change its number (its hotkey).</source>
        <translation>कैमरे का नंबर (उसकी हॉटकी) बदलने के लिए उसे खींचें।</translation>
    </message>
    <message>
        <source>Camera name, e.g. Stage left</source>
        <translation>कैमरे का नाम, जैसे मंच बायाँ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>New stream key</source>
        <translation>नई स्ट्रीम कुंजी</translation>
    </message>
    <message>
        <source>Connect a camera…</source>
        <translation>कैमरा जोड़ें…</translation>
    </message>
    <message>
        <source>Follow video</source>
        <translation>वीडियो के साथ</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>हमेशा चालू</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> मि.से.</translation>
    </message>
    <message>
        <source>1 = the first camera the program falls back to when the program camera is lost.</source>
        <translation>1 = प्रोग्राम कैमरा खो जाने पर प्रोग्राम सबसे पहले इसी कैमरे पर जाएगा।</translation>
    </message>
    <message>
        <source>Selected camera</source>
        <translation>चुना गया कैमरा</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>स्ट्रीम कुंजी</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>गेन</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>Failover priority</source>
        <translation>फ़ेलओवर प्राथमिकता</translation>
    </message>
    <message>
        <source>Cameras: %1/%2</source>
        <translation>कैमरे: %1/%2</translation>
    </message>
    <message>
        <source>Five cameras is the most this app takes.</source>
        <translation>यह ऐप अधिकतम पाँच कैमरे लेता है।</translation>
    </message>
    <message>
        <source>Could not save event.json: %1</source>
        <translation>event.json सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Please type a name for the camera.</source>
        <translation>कृपया कैमरे का नाम लिखें।</translation>
    </message>
    <message>
        <source>A camera name can have at most %1 characters.</source>
        <translation>कैमरे के नाम में अधिकतम %1 अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>Another camera is already called “%1”. Please choose a different name.</source>
        <translation>दूसरे कैमरे का नाम पहले से “%1” है। कृपया कोई और नाम चुनें।</translation>
    </message>
    <message>
        <source>You already have %1 cameras, the most this app can take. Remove one first.</source>
        <translation>आपके पास पहले से %1 कैमरे हैं, जितने यह ऐप ले सकता है। पहले एक हटाएँ।</translation>
    </message>
    <message>
        <source>That camera no longer exists.</source>
        <translation>वह कैमरा अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Added “%1”. Open “Connect a camera…” to set up the phone or OBS.</source>
        <translation>“%1” जोड़ा गया। फ़ोन या OBS सेट करने के लिए “कैमरा जोड़ें…” खोलें।</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>नया नाम “%1” रखा गया।</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” हटाया गया।</translation>
    </message>
    <message>
        <source>New stream key made: the camera must be set up again with it.</source>
        <translation>नई स्ट्रीम कुंजी बनी: कैमरे को इसके साथ फिर से सेट करना होगा।</translation>
    </message>
    <message>
        <source>Order changed: the numbers are the hotkeys.</source>
        <translation>क्रम बदला गया: नंबर ही हॉटकी हैं।</translation>
    </message>
    <message>
        <source>Audio settings saved.</source>
        <translation>ऑडियो सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <source>Failover order: %1.</source>
        <translation>फ़ेलओवर क्रम: %1।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Saved, but the running cameras did not follow: %1. Restart the app to use the new set-up.</source>
        <translation>सहेजा गया, पर चल रहे कैमरों पर लागू नहीं हुआ: %1। नई सेटिंग के लिए ऐप दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>event.json cannot be read, so nothing was saved: %1</source>
        <translation>event.json पढ़ी नहीं जा सकती, इसलिए कुछ भी सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::CameraTile</name>
    <message>
        <source>LIVE</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>कैमरा %1: %2</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>सिग्नल नहीं</translation>
    </message>
    <message>
        <source>%1×%2  %3 fps  %4 kb/s  delay %5 ms</source>
        <translation>%1×%2  %3 fps  %4 kb/s  विलंब %5 मि.से.</translation>
    </message>
</context>
<context>
    <name>wl::widgets::ConnectCameraDialog</name>
    <message>
        <source>Connect a camera — %1</source>
        <translation>कैमरा जोड़ें — %1</translation>
    </message>
    <message>
        <source>Laptop address</source>
        <translation>लैपटॉप का पता</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>सर्वर URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>स्ट्रीम कुंजी</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>पूरा URL</translation>
    </message>
    <message>
        <source>Scan with the phone (Larix Broadcaster: Settings → Connections → New connection → scan QR).</source>
        <translation>फ़ोन से स्कैन करें (Larix Broadcaster: Settings → Connections → New connection → QR स्कैन करें)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Stream: Service “Custom…”.&lt;/li&gt;&lt;li&gt;Server: the server URL above.&lt;/li&gt;&lt;li&gt;Stream Key: the stream key above.&lt;/li&gt;&lt;li&gt;Output: 1080p or 720p, keyframe interval 1 s, then Start Streaming.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Stream: Service में “Custom…” चुनें।&lt;/li&gt;&lt;li&gt;Server: ऊपर दिया सर्वर URL।&lt;/li&gt;&lt;li&gt;Stream Key: ऊपर दी स्ट्रीम कुंजी।&lt;/li&gt;&lt;li&gt;Output: 1080p या 720p, keyframe interval 1 सेकंड, फिर Start Streaming।&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Larix Broadcaster&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Connections → New connection.&lt;/li&gt;&lt;li&gt;Scan the QR code, or type the full URL as the URL.&lt;/li&gt;&lt;li&gt;Use the same Wi-Fi as this laptop, then tap the red button.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Larix Broadcaster&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Connections → New connection।&lt;/li&gt;&lt;li&gt;QR कोड स्कैन करें, या URL में पूरा URL लिखें।&lt;/li&gt;&lt;li&gt;इस लैपटॉप वाला ही Wi-Fi इस्तेमाल करें, फिर लाल बटन दबाएँ।&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>wl::widgets::DirectorActions</name>
    <message>
        <source>%1 is not live: switch refused</source>
        <translation>%1 लाइव नहीं है: स्विच अस्वीकार</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>अस्वीकार: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::DirectorDialogs</name>
    <message>
        <source>Headphones</source>
        <translation>हेडफ़ोन</translation>
    </message>
</context>
<context>
    <name>wl::widgets::HeadphoneMonitorPanel</name>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>सुनें</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>हेडफ़ोन</translation>
    </message>
    <message>
        <source>Hear</source>
        <translation>क्या सुनें</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <source>Solo: %1</source>
        <translation>केवल: %1</translation>
    </message>
    <message>
        <source>No audio output found.</source>
        <translation>कोई ऑडियो आउटपुट नहीं मिला।</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>सुन रहे हैं</translation>
    </message>
    <message>
        <source>Listening · %1 ms buffered · dropped %2 · gaps %3</source>
        <translation>सुन रहे हैं · %1 मि.से. बफ़र · छोड़े गए %2 · अंतराल %3</translation>
    </message>
</context>
<context>
    <name>wl::widgets::HeadphoneOutput</name>
    <message>
        <source>%1 does not play 48 kHz stereo.</source>
        <translation>%1 पर 48 kHz स्टीरियो नहीं चलता।</translation>
    </message>
    <message>
        <source>The audio device %1 cannot start.</source>
        <translation>ऑडियो डिवाइस %1 शुरू नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>wl::widgets::HotkeyMap</name>
    <message>
        <source>Camera %1: preview (studio) or cut (direct)</source>
        <translation>कैमरा %1: प्रीव्यू (स्टूडियो) या कट (डायरेक्ट)</translation>
    </message>
    <message>
        <source>Camera %1: cut to program</source>
        <translation>कैमरा %1: सीधे प्रोग्राम पर कट</translation>
    </message>
    <message>
        <source>Cut preview to program</source>
        <translation>प्रीव्यू को प्रोग्राम पर कट करें</translation>
    </message>
    <message>
        <source>Auto transition</source>
        <translation>ऑटो ट्रांज़िशन</translation>
    </message>
    <message>
        <source>Fade to black / back</source>
        <translation>काले में फ़ेड / वापस</translation>
    </message>
    <message>
        <source>Switch studio / direct mode</source>
        <translation>स्टूडियो / डायरेक्ट मोड बदलें</translation>
    </message>
    <message>
        <source>Recording on / off</source>
        <translation>रिकॉर्डिंग चालू / बंद</translation>
    </message>
    <message>
        <source>Pause / resume the live stream</source>
        <translation>लाइव स्ट्रीम रोकें / फिर शुरू करें</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>लाइव जाएँ</translation>
    </message>
    <message>
        <source>End the live stream (asks first)</source>
        <translation>लाइव स्ट्रीम समाप्त करें (पहले पूछता है)</translation>
    </message>
</context>
<context>
    <name>wl::widgets::LiveControls</name>
    <message>
        <source>Go Live</source>
        <translation>लाइव जाएँ</translation>
    </message>
    <message>
        <source>Start streaming to the viewers (L)</source>
        <translation>दर्शकों के लिए स्ट्रीमिंग शुरू करें (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Show the pause slate to the viewers (P)</source>
        <translation>दर्शकों को विराम स्लेट दिखाएँ (P)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <source>Back to the cameras (P)</source>
        <translation>कैमरों पर वापस (P)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>End the event for good (asks first)</source>
        <translation>कार्यक्रम को पूरी तरह समाप्त करें (पहले पूछता है)</translation>
    </message>
</context>
<context>
    <name>wl::widgets::MainWindow</name>
    <message>
        <source>WedLive Switcher — %1</source>
        <translation>WedLive स्विचर — %1</translation>
    </message>
    <message>
        <source>Cameras publish to %1</source>
        <translation>कैमरे %1 पर भेजते हैं</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>रिकॉर्डिंग</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>आउटपुट</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;कार्यक्रम</translation>
    </message>
    <message>
        <source>&amp;Cameras…</source>
        <translation>&amp;कैमरे…</translation>
    </message>
    <message>
        <source>C&amp;onnect a camera…</source>
        <translation>कैमरा &amp;जोड़ें…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;सेटिंग्स…</translation>
    </message>
    <message>
        <source>S&amp;hortcuts…</source>
        <translation>&amp;शॉर्टकट…</translation>
    </message>
    <message>
        <source>&amp;End the event…</source>
        <translation>कार्यक्रम &amp;समाप्त करें…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <source>End the event?</source>
        <translation>कार्यक्रम समाप्त करें?</translation>
    </message>
    <message>
        <source>End the live stream for good? Viewers see the end slate, recording stops, and the event cannot go live again.</source>
        <translation>लाइव स्ट्रीम पूरी तरह समाप्त करें? दर्शकों को समाप्ति स्लेट दिखेगी, रिकॉर्डिंग रुक जाएगी, और कार्यक्रम फिर से लाइव नहीं हो सकेगा।</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>कार्यक्रम समाप्त करें</translation>
    </message>
    <message>
        <source>Camera lost: %1</source>
        <translation>कैमरा खो गया: %1</translation>
    </message>
    <message>
        <source>Camera back: %1</source>
        <translation>कैमरा वापस आया: %1</translation>
    </message>
    <message>
        <source>Recording error: %1</source>
        <translation>रिकॉर्डिंग त्रुटि: %1</translation>
    </message>
    <message>
        <source>Disk space low: %1</source>
        <translation>डिस्क में जगह कम: %1</translation>
    </message>
    <message>
        <source>Encoder overloaded: %1</source>
        <translation>एन्कोडर पर अधिक भार: %1</translation>
    </message>
    <message>
        <source>Output failed: %1 %2</source>
        <translation>आउटपुट विफल: %1 %2</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>स्लेट</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>काला</translation>
    </message>
    <message>
        <source>Stream OK</source>
        <translation>स्ट्रीम ठीक है</translation>
    </message>
    <message>
        <source>Stream falling behind</source>
        <translation>स्ट्रीम पीछे छूट रही है</translation>
    </message>
    <message>
        <source>%1 · render %2 ms · encode %3 ms · latency %4 ms · drops %5</source>
        <translation>%1 · रेंडर %2 मि.से. · एन्कोड %3 मि.से. · विलंब %4 मि.से. · ड्रॉप %5</translation>
    </message>
    <message>
        <source>&amp;Headphones…</source>
        <translation>&amp;हेडफ़ोन…</translation>
    </message>
</context>
<context>
    <name>wl::widgets::OutputsPanel</name>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the viewer link to share it with the guests</source>
        <translation>मेहमानों से साझा करने के लिए दर्शक लिंक कॉपी करें</translation>
    </message>
    <message>
        <source>No restream destinations</source>
        <translation>कोई रीस्ट्रीम गंतव्य नहीं</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>जुड़ रहा है</translation>
    </message>
    <message>
        <source>live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>फिर से जुड़ रहा है</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Viewer link: not serving</source>
        <translation>दर्शक लिंक: सेवा बंद</translation>
    </message>
    <message>
        <source>Viewers: %1</source>
        <translation>दर्शक: %1</translation>
    </message>
    <message>
        <source>%1: %2 · %3 kbit/s</source>
        <translation>%1: %2 · %3 kbit/s</translation>
    </message>
    <message>
        <source>HLS push: %1</source>
        <translation>HLS पुश: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::PreviewMonitor</name>
    <message>
        <source>PREVIEW — nothing selected</source>
        <translation>प्रीव्यू — कुछ नहीं चुना</translation>
    </message>
    <message>
        <source>PREVIEW — %1</source>
        <translation>प्रीव्यू — %1</translation>
    </message>
    <message>
        <source>transition %1%</source>
        <translation>ट्रांज़िशन %1%</translation>
    </message>
</context>
<context>
    <name>wl::widgets::ProgramMonitor</name>
    <message>
        <source>LIVE</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>लाइव नहीं</translation>
    </message>
    <message>
        <source>PROGRAM — %1 — BLACK</source>
        <translation>प्रोग्राम — %1 — काला</translation>
    </message>
    <message>
        <source>PROGRAM — %1</source>
        <translation>प्रोग्राम — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)   %1</source>
        <translation>
            <numerusform>%n दर्शक   %1</numerusform>
            <numerusform>%n दर्शक   %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::widgets::RecordingPanel</name>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>रिकॉर्ड हो रहा है</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>पूरा हो रहा है</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● रिकॉर्ड</translation>
    </message>
    <message>
        <source>Recording on / off (R)</source>
        <translation>रिकॉर्डिंग चालू / बंद (R)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>● Recording — stop</source>
        <translation>● रिकॉर्डिंग — रोकें</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>रिकॉर्डिंग नहीं हो रही</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>टेक %1</translation>
    </message>
    <message>
        <source>Finishing files</source>
        <translation>फ़ाइलें पूरी हो रही हैं</translation>
    </message>
    <message>
        <source>Stopped on an error</source>
        <translation>त्रुटि के कारण रुका</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message>
        <source>Disk: %1 free</source>
        <translation>डिस्क: %1 खाली</translation>
    </message>
    <message>
        <source>Disk: free space unknown</source>
        <translation>डिस्क: खाली जगह अज्ञात</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, लगभग %1 बाकी</translation>
    </message>
    <message>
        <source>ISO %1</source>
        <translation>ISO %1</translation>
    </message>
    <message>
        <source>ISO off</source>
        <translation>ISO बंद</translation>
    </message>
</context>
<context>
    <name>wl::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>1920×1080 (Full HD)</source>
        <translation>1920×1080 (फ़ुल HD)</translation>
    </message>
    <message>
        <source>1280×720 (HD)</source>
        <translation>1280×720 (HD)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Faster presets use less CPU; slower ones look better at the same bitrate.</source>
        <translation>तेज़ प्रीसेट कम CPU लेते हैं; धीमे प्रीसेट उसी बिटरेट पर बेहतर दिखते हैं।</translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> मि.से.</translation>
    </message>
    <message>
        <source>How long the program camera may be lost before the program switches to another camera.</source>
        <translation>प्रोग्राम कैमरा कितनी देर खोया रह सकता है, उसके बाद प्रोग्राम दूसरे कैमरे पर चला जाता है।</translation>
    </message>
    <message>
        <source>Default: Videos/WedLive</source>
        <translation>डिफ़ॉल्ट: Videos/WedLive</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>रिकॉर्डिंग फ़ोल्डर</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>नया टोकन</translation>
    </message>
    <message>
        <source>Companion and scripts need the new token afterwards.</source>
        <translation>इसके बाद Companion और स्क्रिप्ट को नया टोकन चाहिए।</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>फ़्रेम दर</translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation>एन्कोडर प्रीसेट</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>वीडियो बिटरेट</translation>
    </message>
    <message>
        <source>Failover hold</source>
        <translation>फ़ेलओवर प्रतीक्षा</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>यह लैपटॉप</translation>
    </message>
    <message>
        <source>Camera (RTMP) port</source>
        <translation>कैमरा (RTMP) पोर्ट</translation>
    </message>
    <message>
        <source>Web and API port</source>
        <translation>वेब और API पोर्ट</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API टोकन</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>* applies after the app is restarted; the rest applies at once.</source>
        <translation>* ऐप दोबारा शुरू करने के बाद लागू होता है; बाकी तुरंत लागू होता है।</translation>
    </message>
    <message>
        <source>The camera port and the web port must differ.</source>
        <translation>कैमरा पोर्ट और वेब पोर्ट अलग-अलग होने चाहिए।</translation>
    </message>
    <message>
        <source>program format</source>
        <translation>प्रोग्राम फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>एन्कोडर</translation>
    </message>
    <message>
        <source>recordings folder</source>
        <translation>रिकॉर्डिंग फ़ोल्डर</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Could not save event.json: %1</source>
        <translation>event.json सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not save the API token: %1</source>
        <translation>API टोकन सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved. Restart the app to apply: %1.</source>
        <translation>सहेजा गया। लागू करने के लिए ऐप दोबारा शुरू करें: %1।</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Saved, but not applied now: %1. It applies after a restart.</source>
        <translation>सहेजा गया, पर अभी लागू नहीं हुआ: %1। यह दोबारा शुरू करने के बाद लागू होगा।</translation>
    </message>
    <message>
        <source>event.json cannot be read, so nothing was saved: %1</source>
        <translation>event.json पढ़ी नहीं जा सकती, इसलिए कुछ भी सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>लगाएँ</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>कोई कुंजी नहीं</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>डिफ़ॉल्ट पर लौटाएँ</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>नई कुंजी:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”. Give that action another key first.</source>
        <translation>%1 पहले से “%2” की कुंजी है। पहले उस कार्य को दूसरी कुंजी दें।</translation>
    </message>
    <message>
        <source>“%1” is now %2 (not saved yet).</source>
        <translation>“%1” अब %2 है (अभी सहेजा नहीं गया)।</translation>
    </message>
    <message>
        <source>“%1” has no key now.</source>
        <translation>“%1” की अब कोई कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>Default keys restored (not saved yet).</source>
        <translation>डिफ़ॉल्ट कुंजियाँ वापस आ गईं (अभी सहेजी नहीं गईं)।</translation>
    </message>
    <message>
        <source>Shortcuts saved.</source>
        <translation>शॉर्टकट सहेजे गए।</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>wl::widgets::TransitionBar</name>
    <message>
        <source>STUDIO</source>
        <translation>स्टूडियो</translation>
    </message>
    <message>
        <source>Studio mode: click previews, take puts it on air</source>
        <translation>स्टूडियो मोड: क्लिक से प्रीव्यू, टेक से ऑन-एयर</translation>
    </message>
    <message>
        <source>DIRECT</source>
        <translation>डायरेक्ट</translation>
    </message>
    <message>
        <source>Direct mode: click cuts straight to program</source>
        <translation>डायरेक्ट मोड: क्लिक सीधे प्रोग्राम पर कट करता है</translation>
    </message>
    <message>
        <source>CUT</source>
        <translation>कट</translation>
    </message>
    <message>
        <source>Cut the preview to program (Space)</source>
        <translation>प्रीव्यू को प्रोग्राम पर कट करें (Space)</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>ऑटो</translation>
    </message>
    <message>
        <source>Transition the preview to program (Enter)</source>
        <translation>प्रीव्यू को ट्रांज़िशन से प्रोग्राम पर लाएँ (Enter)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>मिक्स</translation>
    </message>
    <message>
        <source>Dip to black</source>
        <translation>काले से होकर</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>वाइप</translation>
    </message>
    <message>
        <source>Transition type for AUTO and the T-bar</source>
        <translation>ऑटो और T-बार के लिए ट्रांज़िशन प्रकार</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>ट्रांज़िशन अवधि</translation>
    </message>
    <message>
        <source>T-bar</source>
        <translation>T-बार</translation>
    </message>
    <message>
        <source>Drag to run the transition by hand</source>
        <translation>ट्रांज़िशन हाथ से चलाने के लिए खींचें</translation>
    </message>
    <message>
        <source>FTB</source>
        <translation>FTB</translation>
    </message>
    <message>
        <source>Fade to black, or back from black (F)</source>
        <translation>काले में फ़ेड करें, या काले से वापस (F)</translation>
    </message>
</context>
</TS>
