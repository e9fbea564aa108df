<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>wl::widgets::AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>wl::widgets::AudioMeter</name>
    <message>
        <source>Program audio level (dBFS)</source>
        <translation>நிகழ்ச்சி ஒலி நிலை (dBFS)</translation>
    </message>
</context>
<context>
    <name>wl::widgets::CameraSetupDialog</name>
    <message>
        <source>Cameras</source>
        <translation>கேமராக்கள்</translation>
    </message>
    <message>
        <source>Drag a camera to change its number (its hotkey).</source>
        <translation>கேமராவின் எண்ணை (அதன் ஹாட்கீ) மாற்ற அதை இழுக்கவும்.</translation>
    </message>
    <message>
        <source>Camera name, e.g. Stage left</source>
        <translation>கேமரா பெயர், எ.கா. மேடை இடது</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>பெயர் மாற்று</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>New stream key</source>
        <translation>புதிய ஸ்ட்ரீம் சாவி</translation>
    </message>
    <message>
        <source>Connect a camera…</source>
        <translation>கேமராவை இணை…</translation>
    </message>
    <message>
        <source>Follow video</source>
        <translation>வீடியோவுடன்</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>எப்போதும் இயக்கத்தில்</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>அணை</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> மி.வி.</translation>
    </message>
    <message>
        <source>1 = the first camera the program falls back to when the program camera is lost.</source>
        <translation>1 = நிகழ்ச்சி கேமரா தொலைந்தால் நிகழ்ச்சி முதலில் மாறும் கேமரா.</translation>
    </message>
    <message>
        <source>Selected camera</source>
        <translation>தேர்ந்தெடுத்த கேமரா</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ஸ்ட்ரீம் சாவி</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ஒலி</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>ஒலி பெருக்கம்</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>தாமதம்</translation>
    </message>
    <message>
        <source>Failover priority</source>
        <translation>மாற்று முன்னுரிமை</translation>
    </message>
    <message>
        <source>Cameras: %1/%2</source>
        <translation>கேமராக்கள்: %1/%2</translation>
    </message>
    <message>
        <source>Five cameras is the most this app takes.</source>
        <translation>இந்த செயலி அதிகபட்சம் ஐந்து கேமராக்களை ஏற்கும்.</translation>
    </message>
    <message>
        <source>Could not save event.json: %1</source>
        <translation>event.json சேமிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Please type a name for the camera.</source>
        <translation>கேமராவுக்கு ஒரு பெயரைத் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>A camera name can have at most %1 characters.</source>
        <translation>கேமரா பெயரில் அதிகபட்சம் %1 எழுத்துகள் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>Another camera is already called “%1”. Please choose a different name.</source>
        <translation>வேறொரு கேமராவுக்கு ஏற்கனவே “%1” என்ற பெயர் உள்ளது. வேறு பெயரைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>You already have %1 cameras, the most this app can take. Remove one first.</source>
        <translation>ஏற்கனவே %1 கேமராக்கள் உள்ளன, இதுவே அதிகபட்சம். முதலில் ஒன்றை நீக்கவும்.</translation>
    </message>
    <message>
        <source>That camera no longer exists.</source>
        <translation>அந்த கேமரா இப்போது இல்லை.</translation>
    </message>
    <message>
        <source>Added “%1”. Open “Connect a camera…” to set up the phone or OBS.</source>
        <translation>“%1” சேர்க்கப்பட்டது. தொலைபேசி அல்லது OBS அமைக்க “கேமராவை இணை…” திறக்கவும்.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>பெயர் “%1” என மாற்றப்பட்டது.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” நீக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>New stream key made: the camera must be set up again with it.</source>
        <translation>புதிய ஸ்ட்ரீம் சாவி உருவானது: கேமராவை இதைக் கொண்டு மீண்டும் அமைக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Order changed: the numbers are the hotkeys.</source>
        <translation>வரிசை மாற்றப்பட்டது: எண்களே ஹாட்கீகள்.</translation>
    </message>
    <message>
        <source>Audio settings saved.</source>
        <translation>ஒலி அமைப்புகள் சேமிக்கப்பட்டன.</translation>
    </message>
    <message>
        <source>Failover order: %1.</source>
        <translation>மாற்று வரிசை: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Saved, but the running cameras did not follow: %1. Restart the app to use the new set-up.</source>
        <translation>சேமிக்கப்பட்டது, ஆனால் இயங்கும் கேமராக்களில் பொருந்தவில்லை: %1. புதிய அமைப்புக்கு செயலியை மீண்டும் தொடங்கவும்.</translation>
    </message>
    <message>
        <source>event.json cannot be read, so nothing was saved: %1</source>
        <translation>event.json படிக்க முடியவில்லை, எனவே எதுவும் சேமிக்கப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::CameraTile</name>
    <message>
        <source>LIVE</source>
        <translation>நேரலை</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>இணைப்பில் இல்லை</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>கேமரா %1: %2</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>சிக்னல் இல்லை</translation>
    </message>
    <message>
        <source>%1×%2  %3 fps  %4 kb/s  delay %5 ms</source>
        <translation>%1×%2  %3 fps  %4 kb/s  தாமதம் %5 மி.வி.</translation>
    </message>
</context>
<context>
    <name>wl::widgets::ConnectCameraDialog</name>
    <message>
        <source>Connect a camera — %1</source>
        <translation>கேமராவை இணை — %1</translation>
    </message>
    <message>
        <source>Laptop address</source>
        <translation>மடிக்கணினி முகவரி</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>சர்வர் URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ஸ்ட்ரீம் சாவி</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>முழு URL</translation>
    </message>
    <message>
        <source>Scan with the phone (Larix Broadcaster: Settings → Connections → New connection → scan QR).</source>
        <translation>தொலைபேசியால் ஸ்கேன் செய்யவும் (Larix Broadcaster: Settings → Connections → New connection → QR ஸ்கேன்).</translation>
    </message>
    <message>
        <source>&lt;b&gt;OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Stream: Service “Custom…”.&lt;/li&gt;&lt;li&gt;Server: the server URL above.&lt;/li&gt;&lt;li&gt;Stream Key: the stream key above.&lt;/li&gt;&lt;li&gt;Output: 1080p or 720p, keyframe interval 1 s, then Start Streaming.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Stream: Service-இல் “Custom…” தேர்வு செய்யவும்.&lt;/li&gt;&lt;li&gt;Server: மேலே உள்ள சர்வர் URL.&lt;/li&gt;&lt;li&gt;Stream Key: மேலே உள்ள ஸ்ட்ரீம் சாவி.&lt;/li&gt;&lt;li&gt;Output: 1080p அல்லது 720p, keyframe interval 1 வினாடி, பிறகு Start Streaming.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Larix Broadcaster&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Connections → New connection.&lt;/li&gt;&lt;li&gt;Scan the QR code, or type the full URL as the URL.&lt;/li&gt;&lt;li&gt;Use the same Wi-Fi as this laptop, then tap the red button.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Larix Broadcaster&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Connections → New connection.&lt;/li&gt;&lt;li&gt;QR குறியீட்டை ஸ்கேன் செய்யவும், அல்லது URL-இல் முழு URL-ஐத் தட்டச்சு செய்யவும்.&lt;/li&gt;&lt;li&gt;இந்த மடிக்கணினியின் அதே Wi-Fi-ஐப் பயன்படுத்தி, சிவப்பு பொத்தானைத் தட்டவும்.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>கிளிப்போர்டுக்கு நகலெடு</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>wl::widgets::DirectorActions</name>
    <message>
        <source>%1 is not live: switch refused</source>
        <translation>%1 நேரலையில் இல்லை: மாற்றம் மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>மறுக்கப்பட்டது: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::DirectorDialogs</name>
    <message>
        <source>Headphones</source>
        <translation>ஹெட்ஃபோன்</translation>
    </message>
</context>
<context>
    <name>wl::widgets::HeadphoneMonitorPanel</name>
    <message>
        <source>Program</source>
        <translation>நிகழ்ச்சி</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>கேள்</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>அணை</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>ஹெட்ஃபோன்</translation>
    </message>
    <message>
        <source>Hear</source>
        <translation>எதைக் கேட்பது</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ஒலி அளவு</translation>
    </message>
    <message>
        <source>Solo: %1</source>
        <translation>தனியாக: %1</translation>
    </message>
    <message>
        <source>No audio output found.</source>
        <translation>ஒலி வெளியீடு எதுவும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>கேட்கிறது</translation>
    </message>
    <message>
        <source>Listening · %1 ms buffered · dropped %2 · gaps %3</source>
        <translation>கேட்கிறது · %1 மி.வி. இடையகம் · கைவிடப்பட்டவை %2 · இடைவெளிகள் %3</translation>
    </message>
</context>
<context>
    <name>wl::widgets::HeadphoneOutput</name>
    <message>
        <source>%1 does not play 48 kHz stereo.</source>
        <translation>%1 48 kHz ஸ்டீரியோவை இயக்காது.</translation>
    </message>
    <message>
        <source>The audio device %1 cannot start.</source>
        <translation>ஒலி சாதனம் %1 தொடங்க முடியவில்லை.</translation>
    </message>
</context>
<context>
    <name>wl::widgets::HotkeyMap</name>
    <message>
        <source>Camera %1: preview (studio) or cut (direct)</source>
        <translation>கேமரா %1: முன்னோட்டம் (ஸ்டூடியோ) அல்லது கட் (நேரடி)</translation>
    </message>
    <message>
        <source>Camera %1: cut to program</source>
        <translation>கேமரா %1: நிகழ்ச்சிக்கு நேரடியாக கட்</translation>
    </message>
    <message>
        <source>Cut preview to program</source>
        <translation>முன்னோட்டத்தை நிகழ்ச்சிக்கு கட் செய்</translation>
    </message>
    <message>
        <source>Auto transition</source>
        <translation>தானியங்கி மாற்றம்</translation>
    </message>
    <message>
        <source>Fade to black / back</source>
        <translation>கருப்புக்கு மங்கல் / திரும்ப</translation>
    </message>
    <message>
        <source>Switch studio / direct mode</source>
        <translation>ஸ்டூடியோ / நேரடி முறை மாற்று</translation>
    </message>
    <message>
        <source>Recording on / off</source>
        <translation>பதிவு இயக்கு / நிறுத்து</translation>
    </message>
    <message>
        <source>Pause / resume the live stream</source>
        <translation>நேரலையை இடைநிறுத்து / தொடர்</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>நேரலைக்குச் செல்</translation>
    </message>
    <message>
        <source>End the live stream (asks first)</source>
        <translation>நேரலையை முடி (முதலில் கேட்கும்)</translation>
    </message>
</context>
<context>
    <name>wl::widgets::LiveControls</name>
    <message>
        <source>Go Live</source>
        <translation>நேரலைக்குச் செல்</translation>
    </message>
    <message>
        <source>Start streaming to the viewers (L)</source>
        <translation>பார்வையாளர்களுக்கு ஒளிபரப்பைத் தொடங்கு (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>இடைநிறுத்து</translation>
    </message>
    <message>
        <source>Show the pause slate to the viewers (P)</source>
        <translation>பார்வையாளர்களுக்கு இடைவேளை திரையைக் காட்டு (P)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>தொடர்</translation>
    </message>
    <message>
        <source>Back to the cameras (P)</source>
        <translation>கேமராக்களுக்குத் திரும்பு (P)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>முடி</translation>
    </message>
    <message>
        <source>End the event for good (asks first)</source>
        <translation>நிகழ்வை முழுமையாக முடி (முதலில் கேட்கும்)</translation>
    </message>
</context>
<context>
    <name>wl::widgets::MainWindow</name>
    <message>
        <source>WedLive Switcher — %1</source>
        <translation>WedLive ஸ்விட்சர் — %1</translation>
    </message>
    <message>
        <source>Cameras publish to %1</source>
        <translation>கேமராக்கள் %1 க்கு அனுப்புகின்றன</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>நேரலை</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>பதிவு</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>வெளியீடுகள்</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;நிகழ்வு</translation>
    </message>
    <message>
        <source>&amp;Cameras…</source>
        <translation>&amp;கேமராக்கள்…</translation>
    </message>
    <message>
        <source>C&amp;onnect a camera…</source>
        <translation>கேமராவை &amp;இணை…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;அமைப்புகள்…</translation>
    </message>
    <message>
        <source>S&amp;hortcuts…</source>
        <translation>&amp;குறுக்குவழிகள்…</translation>
    </message>
    <message>
        <source>&amp;End the event…</source>
        <translation>நிகழ்வை &amp;முடி…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;வெளியேறு</translation>
    </message>
    <message>
        <source>End the event?</source>
        <translation>நிகழ்வை முடிக்கவா?</translation>
    </message>
    <message>
        <source>End the live stream for good? Viewers see the end slate, recording stops, and the event cannot go live again.</source>
        <translation>நேரலையை முழுமையாக முடிக்கவா? பார்வையாளர்கள் முடிவுத் திரையைக் காண்பார்கள், பதிவு நிற்கும், நிகழ்வு மீண்டும் நேரலைக்குச் செல்ல முடியாது.</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>நிகழ்வை முடி</translation>
    </message>
    <message>
        <source>Camera lost: %1</source>
        <translation>கேமரா தொலைந்தது: %1</translation>
    </message>
    <message>
        <source>Camera back: %1</source>
        <translation>கேமரா திரும்பியது: %1</translation>
    </message>
    <message>
        <source>Recording error: %1</source>
        <translation>பதிவுப் பிழை: %1</translation>
    </message>
    <message>
        <source>Disk space low: %1</source>
        <translation>வட்டில் இடம் குறைவு: %1</translation>
    </message>
    <message>
        <source>Encoder overloaded: %1</source>
        <translation>குறியாக்கி அதிகச் சுமையில்: %1</translation>
    </message>
    <message>
        <source>Output failed: %1 %2</source>
        <translation>வெளியீடு தோல்வி: %1 %2</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>திரை அட்டை</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>கருப்பு</translation>
    </message>
    <message>
        <source>Stream OK</source>
        <translation>ஒளிபரப்பு சரி</translation>
    </message>
    <message>
        <source>Stream falling behind</source>
        <translation>ஒளிபரப்பு பின்தங்குகிறது</translation>
    </message>
    <message>
        <source>%1 · render %2 ms · encode %3 ms · latency %4 ms · drops %5</source>
        <translation>%1 · வரைதல் %2 மி.வி. · குறியாக்கம் %3 மி.வி. · தாமதம் %4 மி.வி. · இழப்பு %5</translation>
    </message>
    <message>
        <source>&amp;Headphones…</source>
        <translation>&amp;ஹெட்ஃபோன்…</translation>
    </message>
</context>
<context>
    <name>wl::widgets::OutputsPanel</name>
    <message>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>Copy the viewer link to share it with the guests</source>
        <translation>விருந்தினர்களுடன் பகிர பார்வையாளர் இணைப்பை நகலெடுக்கவும்</translation>
    </message>
    <message>
        <source>No restream destinations</source>
        <translation>மறுஒளிபரப்பு இலக்குகள் இல்லை</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>செயலற்றது</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>இணைக்கிறது</translation>
    </message>
    <message>
        <source>live</source>
        <translation>நேரலை</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>மீண்டும் இணைக்கிறது</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>off</source>
        <translation>அணைப்பு</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>Viewer link: not serving</source>
        <translation>பார்வையாளர் இணைப்பு: சேவை இல்லை</translation>
    </message>
    <message>
        <source>Viewers: %1</source>
        <translation>பார்வையாளர்கள்: %1</translation>
    </message>
    <message>
        <source>%1: %2 · %3 kbit/s</source>
        <translation>%1: %2 · %3 kbit/s</translation>
    </message>
    <message>
        <source>HLS push: %1</source>
        <translation>HLS புஷ்: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::PreviewMonitor</name>
    <message>
        <source>PREVIEW — nothing selected</source>
        <translation>முன்னோட்டம் — எதுவும் தேர்வில்லை</translation>
    </message>
    <message>
        <source>PREVIEW — %1</source>
        <translation>முன்னோட்டம் — %1</translation>
    </message>
    <message>
        <source>transition %1%</source>
        <translation>மாற்றம் %1%</translation>
    </message>
</context>
<context>
    <name>wl::widgets::ProgramMonitor</name>
    <message>
        <source>LIVE</source>
        <translation>நேரலை</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>இடைநிறுத்தம்</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>நேரலையில் இல்லை</translation>
    </message>
    <message>
        <source>PROGRAM — %1 — BLACK</source>
        <translation>நிகழ்ச்சி — %1 — கருப்பு</translation>
    </message>
    <message>
        <source>PROGRAM — %1</source>
        <translation>நிகழ்ச்சி — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)   %1</source>
        <translation>
            <numerusform>%n பார்வையாளர்   %1</numerusform>
            <numerusform>%n பார்வையாளர்கள்   %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::widgets::RecordingPanel</name>
    <message>
        <source>waiting</source>
        <translation>காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>பதிவாகிறது</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>முடிகிறது</translation>
    </message>
    <message>
        <source>done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● பதிவு</translation>
    </message>
    <message>
        <source>Recording on / off (R)</source>
        <translation>பதிவு இயக்கு / நிறுத்து (R)</translation>
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
        <translation>● பதிவாகிறது — நிறுத்து</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>பதிவு இல்லை</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>டேக் %1</translation>
    </message>
    <message>
        <source>Finishing files</source>
        <translation>கோப்புகள் முடிக்கப்படுகின்றன</translation>
    </message>
    <message>
        <source>Stopped on an error</source>
        <translation>பிழையால் நின்றது</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message>
        <source>Disk: %1 free</source>
        <translation>வட்டு: %1 காலி</translation>
    </message>
    <message>
        <source>Disk: free space unknown</source>
        <translation>வட்டு: காலி இடம் தெரியவில்லை</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, சுமார் %1 மீதம்</translation>
    </message>
    <message>
        <source>ISO %1</source>
        <translation>ISO %1</translation>
    </message>
    <message>
        <source>ISO off</source>
        <translation>ISO அணைப்பு</translation>
    </message>
</context>
<context>
    <name>wl::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>1920×1080 (Full HD)</source>
        <translation>1920×1080 (முழு HD)</translation>
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
        <translation>வேகமான முன்னமைவுகள் குறைந்த CPU எடுக்கும்; மெதுவானவை அதே பிட்ரேட்டில் சிறப்பாகத் தெரியும்.</translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> மி.வி.</translation>
    </message>
    <message>
        <source>How long the program camera may be lost before the program switches to another camera.</source>
        <translation>நிகழ்ச்சி வேறு கேமராவுக்கு மாறும் முன் நிகழ்ச்சி கேமரா எவ்வளவு நேரம் தொலைந்திருக்கலாம்.</translation>
    </message>
    <message>
        <source>Default: Videos/WedLive</source>
        <translation>இயல்பு: Videos/WedLive</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>தேர்ந்தெடு…</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>பதிவுகள் கோப்புறை</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>புதிய டோக்கன்</translation>
    </message>
    <message>
        <source>Companion and scripts need the new token afterwards.</source>
        <translation>பிறகு Companion மற்றும் ஸ்கிரிப்டுகளுக்கு புதிய டோக்கன் தேவை.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>கணினி மொழி</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>நிகழ்ச்சி</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>வடிவம்</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>பிரேம் வீதம்</translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation>குறியாக்கி முன்னமைவு</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>வீடியோ பிட்ரேட்</translation>
    </message>
    <message>
        <source>Failover hold</source>
        <translation>மாற்றுக் காத்திருப்பு</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>இந்த மடிக்கணினி</translation>
    </message>
    <message>
        <source>Camera (RTMP) port</source>
        <translation>கேமரா (RTMP) போர்ட்</translation>
    </message>
    <message>
        <source>Web and API port</source>
        <translation>வலை மற்றும் API போர்ட்</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API டோக்கன்</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>* applies after the app is restarted; the rest applies at once.</source>
        <translation>* செயலியை மீண்டும் தொடங்கிய பின் பொருந்தும்; மற்றவை உடனே பொருந்தும்.</translation>
    </message>
    <message>
        <source>The camera port and the web port must differ.</source>
        <translation>கேமரா போர்ட்டும் வலை போர்ட்டும் வேறுபட வேண்டும்.</translation>
    </message>
    <message>
        <source>program format</source>
        <translation>நிகழ்ச்சி வடிவம்</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>குறியாக்கி</translation>
    </message>
    <message>
        <source>recordings folder</source>
        <translation>பதிவுகள் கோப்புறை</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>போர்ட்கள்</translation>
    </message>
    <message>
        <source>language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Could not save event.json: %1</source>
        <translation>event.json சேமிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Could not save the API token: %1</source>
        <translation>API டோக்கனைச் சேமிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Saved. Restart the app to apply: %1.</source>
        <translation>சேமிக்கப்பட்டது. பொருந்த செயலியை மீண்டும் தொடங்கவும்: %1.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து</translation>
    </message>
    <message>
        <source>Saved, but not applied now: %1. It applies after a restart.</source>
        <translation>சேமிக்கப்பட்டது, ஆனால் இப்போது பொருந்தவில்லை: %1. மீண்டும் தொடங்கிய பின் பொருந்தும்.</translation>
    </message>
    <message>
        <source>event.json cannot be read, so nothing was saved: %1</source>
        <translation>event.json படிக்க முடியவில்லை, எனவே எதுவும் சேமிக்கப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>wl::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>விசைப்பலகை குறுக்குவழிகள்</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>செயல்</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>விசை</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>ஒதுக்கு</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>விசை இல்லை</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>இயல்புநிலைக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>புதிய விசை:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(எதுவுமில்லை)</translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”. Give that action another key first.</source>
        <translation>%1 ஏற்கனவே “%2” க்கான விசை. முதலில் அந்தச் செயலுக்கு வேறு விசையைக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>“%1” is now %2 (not saved yet).</source>
        <translation>“%1” இப்போது %2 (இன்னும் சேமிக்கப்படவில்லை).</translation>
    </message>
    <message>
        <source>“%1” has no key now.</source>
        <translation>“%1” க்கு இப்போது விசை இல்லை.</translation>
    </message>
    <message>
        <source>Default keys restored (not saved yet).</source>
        <translation>இயல்பு விசைகள் மீட்டமைக்கப்பட்டன (இன்னும் சேமிக்கப்படவில்லை).</translation>
    </message>
    <message>
        <source>Shortcuts saved.</source>
        <translation>குறுக்குவழிகள் சேமிக்கப்பட்டன.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து</translation>
    </message>
</context>
<context>
    <name>wl::widgets::TransitionBar</name>
    <message>
        <source>STUDIO</source>
        <translation>ஸ்டூடியோ</translation>
    </message>
    <message>
        <source>Studio mode: click previews, take puts it on air</source>
        <translation>ஸ்டூடியோ முறை: சொடுக்கினால் முன்னோட்டம், டேக் ஒளிபரப்பில் வைக்கும்</translation>
    </message>
    <message>
        <source>DIRECT</source>
        <translation>நேரடி</translation>
    </message>
    <message>
        <source>Direct mode: click cuts straight to program</source>
        <translation>நேரடி முறை: சொடுக்கினால் நேராக நிகழ்ச்சிக்கு கட்</translation>
    </message>
    <message>
        <source>CUT</source>
        <translation>கட்</translation>
    </message>
    <message>
        <source>Cut the preview to program (Space)</source>
        <translation>முன்னோட்டத்தை நிகழ்ச்சிக்கு கட் செய் (Space)</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>தானியங்கி</translation>
    </message>
    <message>
        <source>Transition the preview to program (Enter)</source>
        <translation>முன்னோட்டத்தை மாற்றத்துடன் நிகழ்ச்சிக்கு கொண்டு செல் (Enter)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>கலவை</translation>
    </message>
    <message>
        <source>Dip to black</source>
        <translation>கருப்பு வழியாக</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>துடைப்பு</translation>
    </message>
    <message>
        <source>Transition type for AUTO and the T-bar</source>
        <translation>தானியங்கி மற்றும் T-பட்டைக்கான மாற்ற வகை</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 வி.</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>மாற்ற நேரம்</translation>
    </message>
    <message>
        <source>T-bar</source>
        <translation>T-பட்டை</translation>
    </message>
    <message>
        <source>Drag to run the transition by hand</source>
        <translation>மாற்றத்தைக் கையால் இயக்க இழுக்கவும்</translation>
    </message>
    <message>
        <source>FTB</source>
        <translation>FTB</translation>
    </message>
    <message>
        <source>Fade to black, or back from black (F)</source>
        <translation>கருப்புக்கு மங்கு, அல்லது கருப்பிலிருந்து திரும்பு (F)</translation>
    </message>
</context>
</TS>
