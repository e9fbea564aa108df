<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>wl::widgets::AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::AudioMeter</name>
    <message>
        <source>Program audio level (dBFS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::CameraSetupDialog</name>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a camera to change its number (its hotkey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera name, e.g. Stage left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = the first camera the program falls back to when the program camera is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five cameras is the most this app takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save event.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a name for the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another camera is already called “%1”. Please choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have %1 cameras, the most this app can take. Remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That camera no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”. Open “Connect a camera…” to set up the phone or OBS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stream key made: the camera must be set up again with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order changed: the numbers are the hotkeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the running cameras did not follow: %1. Restart the app to use the new set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event.json cannot be read, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::CameraTile</name>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2  %3 fps  %4 kb/s  delay %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::ConnectCameraDialog</name>
    <message>
        <source>Connect a camera — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the phone (Larix Broadcaster: Settings → Connections → New connection → scan QR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Stream: Service “Custom…”.&lt;/li&gt;&lt;li&gt;Server: the server URL above.&lt;/li&gt;&lt;li&gt;Stream Key: the stream key above.&lt;/li&gt;&lt;li&gt;Output: 1080p or 720p, keyframe interval 1 s, then Start Streaming.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Larix Broadcaster&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Settings → Connections → New connection.&lt;/li&gt;&lt;li&gt;Scan the QR code, or type the full URL as the URL.&lt;/li&gt;&lt;li&gt;Use the same Wi-Fi as this laptop, then tap the red button.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::DirectorActions</name>
    <message>
        <source>%1 is not live: switch refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::DirectorDialogs</name>
    <message>
        <source>Headphones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::HeadphoneMonitorPanel</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening · %1 ms buffered · dropped %2 · gaps %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::HeadphoneOutput</name>
    <message>
        <source>%1 does not play 48 kHz stereo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio device %1 cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::HotkeyMap</name>
    <message>
        <source>Camera %1: preview (studio) or cut (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1: cut to program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut preview to program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade to black / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch studio / direct mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause / resume the live stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the live stream (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::LiveControls</name>
    <message>
        <source>Go Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start streaming to the viewers (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pause slate to the viewers (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cameras (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the event for good (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::MainWindow</name>
    <message>
        <source>WedLive Switcher — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras publish to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect a camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the live stream for good? Viewers see the end slate, recording stops, and the event cannot go live again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space low: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder overloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream falling behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · render %2 ms · encode %3 ms · latency %4 ms · drops %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headphones…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::OutputsPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the viewer link to share it with the guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restream destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer link: not serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HLS push: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::PreviewMonitor</name>
    <message>
        <source>PREVIEW — nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::ProgramMonitor</name>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRAM — %1 — BLACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRAM — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)   %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::widgets::RecordingPanel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording on / off (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording — stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk: %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk: free space unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1920×1080 (Full HD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1280×720 (HD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster presets use less CPU; slower ones look better at the same bitrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the program camera may be lost before the program switches to another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: Videos/WedLive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion and scripts need the new token afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera (RTMP) port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web and API port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* applies after the app is restarted; the rest applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera port and the web port must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save event.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the API token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart the app to apply: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but not applied now: %1. It applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event.json cannot be read, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the key for “%2”. Give that action another key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2 (not saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no key now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default keys restored (not saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::widgets::TransitionBar</name>
    <message>
        <source>STUDIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio mode: click previews, take puts it on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct mode: click cuts straight to program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the preview to program (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition the preview to program (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dip to black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition type for AUTO and the T-bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to run the transition by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade to black, or back from black (F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
