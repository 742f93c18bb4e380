@echo off
rem Acme operator tools: prints the installed version.
echo acmectl 1.4.0
