<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slow breathing: %n breath(s) in %1, in %2 s and out %3 s</source>
        <translation>
            <numerusform>Slow breathing: %n breath in %1, in %2 s and out %3 s</numerusform>
            <numerusform>Slow breathing: %n breaths in %1, in %2 s and out %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heat session(s)</source>
        <translation>
            <numerusform>%n heat session</numerusform>
            <numerusform>%n heat sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing session(s)</source>
        <translation>
            <numerusform>%n breathing session</numerusform>
            <numerusform>%n breathing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s) taken</source>
        <translation>
            <numerusform>%n medicine taken</numerusform>
            <numerusform>%n medicines taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan tick(s)</source>
        <translation>
            <numerusform>%n plan tick</numerusform>
            <numerusform>%n plan ticks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern-finder result(s)</source>
        <translation>
            <numerusform>%n pattern-finder result</numerusform>
            <numerusform>%n pattern-finder results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back check(s)</source>
        <translation>
            <numerusform>%n back check</numerusform>
            <numerusform>%n back checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added</source>
        <translation>
            <numerusform>%1 added</numerusform>
            <numerusform>%1 added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 updated from the file</source>
        <translation>
            <numerusform>%1 updated from the file</numerusform>
            <numerusform>%1 updated from the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought back: changed in the file after you deleted it here</source>
        <translation>
            <numerusform>%1 brought back: changed in the file after you deleted it here</numerusform>
            <numerusform>%1 brought back: changed in the file after you deleted them here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept as you edited it here</source>
        <translation>
            <numerusform>%1 kept as you edited it here</numerusform>
            <numerusform>%1 kept as you edited them here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 left deleted, as you deleted it here</source>
        <translation>
            <numerusform>%1 left deleted, as you deleted it here</numerusform>
            <numerusform>%1 left deleted, as you deleted them here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept in its episode here (the file has it in another)</source>
        <translation>
            <numerusform>%1 kept in its episode here (the file has it in another)</numerusform>
            <numerusform>%1 kept in their episodes here (the file has them in others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already here</source>
        <translation>
            <numerusform>%n record already here</numerusform>
            <numerusform>%n records already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message numerus="yes">
        <source>“%1” came before %2 of your %n episode(s).</source>
        <translation>
            <numerusform>“%1” came before %2 of your %n episode.</numerusform>
            <numerusform>“%1” came before %2 of your %n episodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” made it worse in %2 of your %n episode(s).</source>
        <translation>
            <numerusform>“%1” made it worse in %2 of your %n episode.</numerusform>
            <numerusform>“%1” made it worse in %2 of your %n episodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was followed by pain %2 points lower on average at the next check-in (%n time(s)).</source>
        <translation>
            <numerusform>%1 was followed by pain %2 points lower on average at the next check-in (%n time).</numerusform>
            <numerusform>%1 was followed by pain %2 points lower on average at the next check-in (%n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was followed by pain %2 points higher on average at the next check-in (%n time(s)).</source>
        <translation>
            <numerusform>%1 was followed by pain %2 points higher on average at the next check-in (%n time).</numerusform>
            <numerusform>%1 was followed by pain %2 points higher on average at the next check-in (%n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was followed by about the same pain at the next check-in (%n time(s)).</source>
        <translation>
            <numerusform>%1 was followed by about the same pain at the next check-in (%n time).</numerusform>
            <numerusform>%1 was followed by about the same pain at the next check-in (%n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n episode(s) there is not enough to see a pattern yet. Each episode you log adds to the picture.</source>
        <translation>
            <numerusform>After %n episode there is not enough to see a pattern yet. Each episode you log adds to the picture.</numerusform>
            <numerusform>After %n episodes there is not enough to see a pattern yet. Each episode you log adds to the picture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have logged %n episode(s). Usually about %1 days passed between one and the next, about %2 a month.</source>
        <translation>
            <numerusform>You have logged %n episode. Usually about %1 days passed between one and the next, about %2 a month.</numerusform>
            <numerusform>You have logged %n episodes. Usually about %1 days passed between one and the next, about %2 a month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have logged %n episode(s).</source>
        <translation>
            <numerusform>You have logged %n episode.</numerusform>
            <numerusform>You have logged %n episodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n episode(s) that ended lasted %1 as a rule; the longest, %2.</source>
        <translation>
            <numerusform>The %n episode that ended lasted %1.</numerusform>
            <numerusform>The %n episodes that ended lasted %1 as a rule; the longest, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in this period, </source>
        <translation>
            <numerusform>%n episode in this period, </numerusform>
            <numerusform>%n episodes in this period, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s).</source>
        <translation>
            <numerusform>%n check-in.</numerusform>
            <numerusform>%n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier episode(s) of this period are not listed; an export of the log has them all.</source>
        <translation>
            <numerusform>%n earlier episode of this period is not listed; an export of the log has it.</numerusform>
            <numerusform>%n earlier episodes of this period are not listed; an export of the log has them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier answer(s) not listed.</source>
        <translation>
            <numerusform>%n earlier answer not listed.</numerusform>
            <numerusform>%n earlier answers not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this period, %n check(s) found none of the warning signs.</source>
        <translation>
            <numerusform>In this period, %n check found none of the warning signs.</numerusform>
            <numerusform>In this period, %n checks found none of the warning signs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Triggers and what made it worse (check-ins naming each, of %n)</source>
        <translation>
            <numerusform>Triggers and what made it worse (check-ins naming each, of %n)</numerusform>
            <numerusform>Triggers and what made it worse (check-ins naming each, of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier record(s) not listed.</source>
        <translation>
            <numerusform>%n earlier record not listed.</numerusform>
            <numerusform>%n earlier records not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heat timer: %n session(s), </source>
        <translation>
            <numerusform>Heat timer: %n session, </numerusform>
            <numerusform>Heat timer: %n sessions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of heat in all, </source>
        <translation>
            <numerusform>%n minute of heat in all, </numerusform>
            <numerusform>%n minutes of heat in all, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run to the end.</source>
        <translation>
            <numerusform>%n run to the end.</numerusform>
            <numerusform>%n run to the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slow breathing: %n session(s), </source>
        <translation>
            <numerusform>Slow breathing: %n session, </numerusform>
            <numerusform>Slow breathing: %n sessions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all, </source>
        <translation>
            <numerusform>%n minute in all, </numerusform>
            <numerusform>%n minutes in all, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s).</source>
        <translation>
            <numerusform>%n breath.</numerusform>
            <numerusform>%n breaths.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the log are left out: their dates cannot be right (before 1970, in the future, or ending before they start).</source>
        <translation>
            <numerusform>%n record of the log is left out: its dates cannot be right (before 1970, in the future, or ending before it starts).</numerusform>
            <numerusform>%n records of the log are left out: their dates cannot be right (before 1970, in the future, or ending before they start).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerminalProgress</name>
    <message numerus="yes">
        <source>Importing: %Ln record(s), %1% of the file</source>
        <translation>
            <numerusform>Importing: %Ln record, %1% of the file</numerusform>
            <numerusform>Importing: %Ln records, %1% of the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln record(s)</source>
        <translation>
            <numerusform>Importing: %Ln record</numerusform>
            <numerusform>Importing: %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>%1: invalid, %n error(s)</source>
        <translation>
            <numerusform>%1: invalid, %n error</numerusform>
            <numerusform>%1: invalid, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::BreathingScreen</name>
    <message numerus="yes">
        <source>Well done. %n slow breath(s).</source>
        <translation>
            <numerusform>Well done. %n slow breath.</numerusform>
            <numerusform>Well done. %n slow breaths.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::ContentProblemsScreen</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::EpisodeScreen</name>
    <message numerus="yes">
        <source>Warning signs ticked at the start: %n</source>
        <translation>
            <numerusform>Warning signs ticked at the start: %n</numerusform>
            <numerusform>Warning signs ticked at the start: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this episode and its %n check-in(s) for good?</source>
        <translation>
            <numerusform>Delete this episode and its %n check-in for good?</numerusform>
            <numerusform>Delete this episode and its %n check-ins for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::HeatTimerScreen</name>
    <message numerus="yes">
        <source>Stopped after %n minute(s).</source>
        <translation>
            <numerusform>Stopped after %n minute.</numerusform>
            <numerusform>Stopped after %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n minute(s) of heat.</source>
        <translation>
            <numerusform>Done: %n minute of heat.</numerusform>
            <numerusform>Done: %n minutes of heat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::HistoryScreen</name>
    <message numerus="yes">
        <source>Triggers and what made it worse across all %n check-in(s) in your log.</source>
        <translation>
            <numerusform>Triggers and what made it worse in the %n check-in in your log.</numerusform>
            <numerusform>Triggers and what made it worse across all %n check-ins in your log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in your private log.</source>
        <translation>
            <numerusform>%n episode in your private log.</numerusform>
            <numerusform>%n episodes in your private log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::InsightsScreen</name>
    <message numerus="yes">
        <source>From %n check-in(s) in your log.</source>
        <translation>
            <numerusform>From %n check-in in your log.</numerusform>
            <numerusform>From %n check-ins in your log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::MainWindow</name>
    <message numerus="yes">
        <source>⚠  The latest change in %1 has %n problem(s), so its last good version is still shown.</source>
        <translation>
            <numerusform>⚠  The latest change in %1 has %n problem, so its last good version is still shown.</numerusform>
            <numerusform>⚠  The latest change in %1 has %n problems, so its last good version is still shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  The content in %1 has %n problem(s), so the built-in guide is shown.</source>
        <translation>
            <numerusform>⚠  The content in %1 has %n problem, so the built-in guide is shown.</numerusform>
            <numerusform>⚠  The content in %1 has %n problems, so the built-in guide is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  The content in %1 has %n warning(s).</source>
        <translation>
            <numerusform>⚠  The content in %1 has %n warning.</numerusform>
            <numerusform>⚠  The content in %1 has %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The content has %n problem(s).</source>
        <translation>
            <numerusform>The content has %n problem.</numerusform>
            <numerusform>The content has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s). Your log is empty.</source>
        <translation>
            <numerusform>Deleted %n file. Your log is empty.</numerusform>
            <numerusform>Deleted %n files. Your log is empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heat timer finished while SpasmGuide was closed (%n minute(s)).</source>
        <translation>
            <numerusform>Your heat timer finished while SpasmGuide was closed (%n minute).</numerusform>
            <numerusform>Your heat timer finished while SpasmGuide was closed (%n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heat timer is still running: %n minute(s) left.</source>
        <translation>
            <numerusform>Your heat timer is still running: %n minute left.</numerusform>
            <numerusform>Your heat timer is still running: %n minutes left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) imported so far</source>
        <translation>
            <numerusform>%Ln record imported so far</numerusform>
            <numerusform>%Ln records imported so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; about %n minute(s) left</source>
        <translation>
            <numerusform>; about %n minute left</numerusform>
            <numerusform>; about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::PatternFinderScreen</name>
    <message numerus="yes">
        <source>%n short question(s).</source>
        <translation>
            <numerusform>%n short question.</numerusform>
            <numerusform>%n short questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spasmguide::PatternResultScreen</name>
    <message numerus="yes">
        <source>Your answers have something in common with %n of the common patterns. Each is shown with the answers it shares; a pattern is mentioned only when at least two of your answers go with it.</source>
        <translation>
            <numerusform>Your answers have something in common with %n of the common patterns. It is shown with the answers it shares; a pattern is mentioned only when at least two of your answers go with it.</numerusform>
            <numerusform>Your answers have something in common with %n of the common patterns. Each is shown with the answers it shares; a pattern is mentioned only when at least two of your answers go with it.</numerusform>
        </translation>
    </message>
</context>
</TS>
