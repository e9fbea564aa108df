<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>wl::widgets::CameraTilesWindow</name>
    <message>
        <source>WedLive Switcher — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
