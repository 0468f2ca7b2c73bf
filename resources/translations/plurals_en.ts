<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditForm</name>
    <message>
        <source>Apply your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1 are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n booked people have no group</source>
        <translation>
            <numerusform>%n booked person has no group</numerusform>
            <numerusform>%n booked people have no group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people share an e-mail with someone</source>
        <translation>
            <numerusform>%n person shares an e-mail with someone</numerusform>
            <numerusform>%n people share an e-mail with someone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people need step-free access their group lacks</source>
        <translation>
            <numerusform>%n person needs step-free access their group lacks</numerusform>
            <numerusform>%n people need step-free access their group lacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people need step-free access not yet confirmed</source>
        <translation>
            <numerusform>%n person needs step-free access not yet confirmed</numerusform>
            <numerusform>%n people need step-free access not yet confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legs have no times</source>
        <translation>
            <numerusform>%n leg has no times</numerusform>
            <numerusform>%n legs have no times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups have no lead</source>
        <translation>
            <numerusform>%n group has no lead</numerusform>
            <numerusform>%n groups have no lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group leads have no phone</source>
        <translation>
            <numerusform>%n group lead has no phone</numerusform>
            <numerusform>%n group leads have no phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destinations have no host contact</source>
        <translation>
            <numerusform>%n destination has no host contact</numerusform>
            <numerusform>%n destinations have no host contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups have travel missing</source>
        <translation>
            <numerusform>%n group has travel missing</numerusform>
            <numerusform>%n groups have travel missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups have people who keep their contact private</source>
        <translation>
            <numerusform>%n group has people who keep their contact private</numerusform>
            <numerusform>%n groups have people who keep their contact private</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos show someone without photo consent</source>
        <translation>
            <numerusform>%n photo shows someone without photo consent</numerusform>
            <numerusform>%n photos show someone without photo consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen finds may not be shown where chosen</source>
        <translation>
            <numerusform>%n chosen find may not be shown where chosen</numerusform>
            <numerusform>%n chosen finds may not be shown where chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups have nothing to show at the share-out</source>
        <translation>
            <numerusform>%n group has nothing to show at the share-out</numerusform>
            <numerusform>%n groups have nothing to show at the share-out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Allocate %n people</source>
        <translation>
            <numerusform>Allocate %n person</numerusform>
            <numerusform>Allocate %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the event&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (e.g. Europe/London).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>That group is no longer in the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to move is no longer in the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out leg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back leg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrives (%2) before it departs (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has fewer than no seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves from %2, but leg %3 arrives at %4: the legs do not join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 departs (%2) before leg %3 arrives (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another group is already called %1. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum size (%1) is below the minimum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour should look like #0072b2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host contact&apos;s e-mail is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group lead needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit places and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 needs a name (or remove it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1 needs a title (or remove it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new from %1 since it was shared or last merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts still need a decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n photos to %1</source>
        <translation>
            <numerusform>Add %n photo to %1</numerusform>
            <numerusform>Add %n photos to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no new photos to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n finds</source>
        <translation>
            <numerusform>Delete %n find</numerusform>
            <numerusform>Delete %n finds</numerusform>
        </translation>
    </message>
    <message>
        <source>That find is no longer in the treasure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a title: what was learned, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That finding is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group that found it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the words said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who can be recognised, or choose &quot;nobody&quot; or &quot;not known&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::AllocateDialog</name>
    <message>
        <source>Allocate people to groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for everyone (optimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking order (first come, first served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%n people placed&lt;/h3&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%n person placed&lt;/h3&gt;</numerusform>
            <numerusform>&lt;h3&gt;%n people placed&lt;/h3&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n without a group&lt;/b&gt; (offered the waitlist in booking order).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n without a group&lt;/b&gt; (offered the waitlist in booking order).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n without a group&lt;/b&gt; (offered the waitlist in booking order).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group they did not choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limits %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes where, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everyone&apos;s group: place only the people who have none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-optimise everyone: people who have a group may lose it or move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are told their group as soon as it is known: re-running the allocation keeps it, and fills only the places left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for the best answer for everyone again. Pinned people never move; everyone who would lose their place or change group is listed before you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier booking gets the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draw decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When places are short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among people who chose alike, who gets a place that not all of them can have. Saved with the event when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw between equally good answers. The same number gives the same answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When places are short:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who would lose their place or change group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loses their place in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people who have a group would lose it</source>
        <translation>
            <numerusform>%n person who has a group would lose it</numerusform>
            <numerusform>%n people who have a group would lose it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who have a group would change group</source>
        <translation>
            <numerusform>%n person who has a group would change group</numerusform>
            <numerusform>%n people who have a group would change group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who have a group would lose it or change group (%1 lose their place, %2 change group)</source>
        <translation>
            <numerusform>%n person who has a group would lose it or change group (%1 lose their place, %2 change group)</numerusform>
            <numerusform>%n people who have a group would lose it or change group (%1 lose their place, %2 change group)</numerusform>
        </translation>
    </message>
    <message>
        <source>. They may have been told their group already:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who has a group would lose it or change group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply: move %n people</source>
        <translation>
            <numerusform>Apply: move %n person</numerusform>
            <numerusform>Apply: move %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n people keep the group they have.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n person keeps the group they have.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n people keep the group they have.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#a03000&apos;&gt;&lt;b&gt;%n would lose their place or change group:&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#a03000&apos;&gt;&lt;b&gt;%n would lose their place or change group:&lt;/b&gt; </numerusform>
            <numerusform>&lt;p style=&apos;color:#a03000&apos;&gt;&lt;b&gt;%n would lose their place or change group:&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move people who have a group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people who have a group would lose it or change group. They may have been told their group already.</source>
        <translation>
            <numerusform>%n person who has a group would lose it or change group. They may have been told their group already.</numerusform>
            <numerusform>%n people who have a group would lose it or change group. They may have been told their group already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people</source>
        <translation>
            <numerusform>Move %n person</numerusform>
            <numerusform>Move %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldday::DayPlanPage</name>
    <message>
        <source>Parts of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event and reconvene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::DestinationCard</name>
    <message>
        <source>no place set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assigned</numerusform>
            <numerusform>%n assigned</numerusform>
        </translation>
    </message>
    <message>
        <source> · limits %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::DestinationEditor</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel out and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs run in table order within each direction. Seats 0: unreserved (public transport, walking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this destination, its legs, and people&apos;s choices of it and places in its group (Edit ▸ Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person loses it from their choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people lose it from their choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person loses their place in its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people lose their place in its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its transport legs go with it, %2, and %3.

Edit ▸ Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #0072b2; empty for grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::EventDetailsEditor</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kind of treasure per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sector per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconvene starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconvene ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconvene programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of treasure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconvene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event and reconvene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g. &quot;Do we assume good social innovations are always new?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research questions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::FileDialog</name>
    <message>
        <source>%1 already exists, and nothing is overwritten here. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::FindingsEditor</name>
    <message>
        <source>&amp;Add a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learned, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story behind it: what the groups saw, heard and made of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research questions it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds it draws on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the day taught, for the report&apos;s &quot;What we learned&quot;. Each finding can point to the research questions it answers and to the finds it draws on (the report names only those it shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::GroupsPage</name>
    <message>
        <source>Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everyone in a group by their ranked choices, fairly and within capacity. You see the result before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their choice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group they did not rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no booking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has 1 free place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 free places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer one to %1 (%2; %3)? They are first on the waitlist for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1 of them to %2, who are kept together (%3 %4; %5)? They are first on the waitlist for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 people from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n people</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n person</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a place from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has room: offer a place to the first person without a group who chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add destinations in the day plan first; each becomes a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booked people have no group yet. Drag people to move them (a move by hand is pinned), or allocate everyone.</source>
        <translation>
            <numerusform>%n booked person has no group yet. Drag people to move them (a move by hand is pinned), or allocate everyone.</numerusform>
            <numerusform>%n booked people have no group yet. Drag people to move them (a move by hand is pinned), or allocate everyone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone booked has a group. Drag people to move them; a move by hand is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the groups as they are; nobody can be moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted without a ticket: book them on the Participants page to give them a place.</source>
        <translation>
            <numerusform>%n waitlisted without a ticket: book them on the Participants page to give them a place.</numerusform>
            <numerusform>%n waitlisted without a ticket: book them on the Participants page to give them a place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::ImportDialog</name>
    <message>
        <source>Import bookings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the person already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail as someone already in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, delimiter &quot;%2&quot;, %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The event is open read-only: nothing can be imported.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, as &quot;column: answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split into given and family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type (a group&apos;s name is a choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee number (added to the booking reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad rows: import the others, leave those out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows; the rows with problems, listed below, are left out and can be fixed and imported later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 rows&lt;/b&gt;: %2 to add, %3 to update, %4 to skip.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 with problems, left out&lt;/b&gt; (below).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 with problems&lt;/b&gt; (below): fix them in the file and open it again, or skip bad rows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;… and %1 more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both in the file and in Fieldday — %1</source>
        <translation>
            <numerusform>%n field changed both in the file and in Fieldday — %1</numerusform>
            <numerusform>%n fields changed both in the file and in Fieldday — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s values will be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n corrections made in Fieldday are kept (the file still has the old value)</source>
        <translation>
            <numerusform>%n correction made in Fieldday is kept (the file still has the old value)</numerusform>
            <numerusform>%n corrections made in Fieldday are kept (the file still has the old value)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep mine (the value changed in Fieldday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed both in the file and in Fieldday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of someone already in the event that the file changed since the last import, and that was also changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in both:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking every row of the file…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing will be imported. Fix the file, then import it again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 skipped as already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n rows with problems left out</source>
        <translation>
            <numerusform>, %n row with problems left out</numerusform>
            <numerusform>, %n rows with problems left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldday::MainWindow</name>
    <message>
        <source>Fieldday events (*.fieldday);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from the &amp;Sample Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate to Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print and Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fieldday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fieldday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Fieldday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking exports (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be changed here (it is open elsewhere, or the file or its folder is read-only). You can look, print and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldday &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only: look, print and export, but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the people to move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to group works on the Participants and Groups pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fieldday&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An offline-first planner for event days made of site visits.&lt;/p&gt;&lt;p&gt;Copyright &amp;copy; 2026 The Fieldday developers.&lt;br&gt;Fieldday is free software: you may share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It uses Qt %2, under the GNU Lesser General Public License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overview (%n errors)</source>
        <translation>
            <numerusform>Overview (%n error)</numerusform>
            <numerusform>Overview (%n errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hare a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy for another organiser to work on, to merge back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Changes From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in what changed in a shared copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a C&amp;lean Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the event without anything Fieldday cannot trust (rows another program wrote, triggers, views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 holds %2. They are left out of what you see here. File ▸ Save a Clean Copy… writes a copy without them that you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Clean Copy… writes that copy and opens it; this file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Clean Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only, without those rows: look, print and export. File ▸ Save a Clean Copy… then writes a copy without them that you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose copy is it? Merges will name it, e.g. &quot;Wigan lead&quot; or &quot;Hub desk&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a copy for %1 as %2; merge it back with File ▸ Merge Changes From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot share a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge changes from a shared copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a clean copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a clean copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as Fieldday did not make them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing had to be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a clean copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a clean copy of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;fieldday-cli salvage&apos; gives the full list. Open the copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %1. The event as it was is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides: choose what to keep. Nothing changes until you merge, and the merge is one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added on both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep All Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted here, changed in the copy — kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted in the copy, changed here — kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not applied (it would break a rule of the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept without asking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new from %1 since it was shared or last merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mine or Theirs for each conflict to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes in (check-ins are counted above):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::MoveToGroupDialog</name>
    <message>
        <source>Move to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to:</source>
        <translation>
            <numerusform>Move %n person to:</numerusform>
            <numerusform>Move %n people to:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group (take them out of their group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in %1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>Move %n person to %1</numerusform>
            <numerusform>Move %n people to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n people out of their group</source>
        <translation>
            <numerusform>Take %n person out of their group</numerusform>
            <numerusform>Take %n people out of their group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is full (%2 of at most %3). Put %4 there anyway, over its maximum?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::OutputsPage</name>
    <message>
        <source>Group rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a partner: names, organisations, roles; contacts with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: everything, for your own use (re-importable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the list is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (special category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX. Cells that look like formulas are written as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: special-category data (health, diet, access). Share it only with the people&apos;s consent and a need to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 person to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 people to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first pages, as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group lead: every member&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host: mobiles only with consent, needs in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s copy has every member&apos;s mobile, for safety on the day. The host&apos;s has a mobile only for people who agreed to share their contact details, and the group&apos;s catering and access needs in numbers, never by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for the group lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share-out deck (16:9 slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, for a projector: arrow keys to move, Esc to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters and manifests for one group or all; a roster is the group lead&apos;s copy or the host&apos;s, and says so. The day sheet shows every group&apos;s day on one page; badges print eight to a page. After the day: the share-out deck for the reconvene, and the event report (PDF, or an ODT to edit), with only the finds consent allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF or ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text, to edit (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::OverviewPage</name>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destinations yet. Add one for each group the participants will split into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every group fits, travels and is back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub venue set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of treasure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has booked yet. Import a booking export to add people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people: </source>
        <translation>
            <numerusform>%n person: </numerusform>
            <numerusform>%n people: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 booked, %2 waitlisted, %3 cancelled, %4 attended, %5 no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n booked without a group.</source>
        <translation>
            <numerusform> %n booked without a group.</numerusform>
            <numerusform> %n booked without a group.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more like it</source>
        <translation>
            <numerusform>%1, and %n more like it</numerusform>
            <numerusform>%1, and %n more like it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldday::ParticipantForm</name>
    <message>
        <source>Needs step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share contact details with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (Photovoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see and edit their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (placed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::ParticipantTableModel</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::ParticipantsPage</name>
    <message>
        <source>Search name, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No participants yet&lt;/h3&gt;&lt;p&gt;Import a booking export from Eventbrite or a spreadsheet (&lt;b&gt;Import…&lt;/b&gt;), or add people one by one (&lt;b&gt;Add…&lt;/b&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::PlacesAndAgendaEditor</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: the hub, the venues and the stops on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places and agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::PresentWindow</name>
    <message>
        <source>%1 — share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share-out presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → to move   ·   Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::StartPage</name>
    <message>
        <source>Fieldday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a day of site visits: bookings, groups, travel, and the papers for the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing .fieldday file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The co-production treasure hunt of 26 March 2019: three groups, 45 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::StartupProbe</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::SwimlaneView</name>
    <message>
        <source>The day&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::TreasureItemForm</name>
    <message>
        <source>Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of treasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the finder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the finder&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given yet: shown nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the room at the share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the room and for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finder&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: shown nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people (ticked below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photovoice questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finder&apos;s consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone removed from the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no photo consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a find to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may be shown, not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: held back, because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may not be shown: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That find is no longer in the treasure log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::TreasureListModel</name>
    <message>
        <source>Share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for %1, but held back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldday::TreasurePage</name>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an o&amp;bservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the &amp;share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos, or a folder of them, on a group to add them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of treasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for the share-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, for a projector: arrow keys to move, Esc to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n finds</source>
        <translation>
            <numerusform>%1  ·  %n find</numerusform>
            <numerusform>%1  ·  %n finds</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop photos here to add them to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What we learned  ·  %n findings</source>
        <translation>
            <numerusform>What we learned  ·  %n finding</numerusform>
            <numerusform>What we learned  ·  %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kind of treasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no photo was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no photos there (JPEG, PNG, WebP or TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No new photos: %n already in the treasure log.</source>
        <translation>
            <numerusform>No new photos: %n already in the treasure log.</numerusform>
            <numerusform>No new photos: %n already in the treasure log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n photos to %1.</source>
        <translation>
            <numerusform>Added %n photo to %1.</numerusform>
            <numerusform>Added %n photos to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the treasure log.</source>
        <translation>
            <numerusform>%n was already in the treasure log.</numerusform>
            <numerusform>%n were already in the treasure log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is shown anywhere until you say who is in each photo and what its finder agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.JPG *.JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of photos (and its subfolders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finds?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n finds from the treasure log? Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n find from the treasure log? Undo brings it back.</numerusform>
            <numerusform>Delete %n finds from the treasure log? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldday::UserGuideDialog</name>
    <message>
        <source>Fieldday user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
