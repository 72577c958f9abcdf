@echo off
rem careweave launcher of the distribution for Windows: needs only a Java 17+ runtime.
rem The rules folder beside this script is the default rule set, read at every run.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dcareweave.rules=%~dp0rules" -jar "%~dp0careweave.jar" %*
