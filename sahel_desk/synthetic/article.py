"""The seed article's three incidents, as an analyst would log them.

Dates are as the article gives them: months, not days. Bakara is a place no gazetteer knows,
so it is kept unverified, without coordinates.
"""

from __future__ import annotations

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.incident import EventDate, GeoPrecision, Incident, Place, Source

JNIM = "JNIM: Group for Support of Islam and Muslims"
ARTICLE = Source(name="Seed article: JNIM in Mali’s fragile landscape", scale="International")


def article_incidents() -> list[Incident]:
    return [
        Incident(
            uuid="5ea1d0e5-0001-4000-8000-000000000001",
            date=EventDate.month(2023, 4),
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Jama’at Nasr al-Islam wal Muslimin",
            inter1=ActorType.REBEL_GROUP,
            actor2="Military Forces of Mali (2021-)",
            inter2=ActorType.STATE_FORCES,
            place=Place(
                location="Bankass",
                country="Mali",
                admin1="Mopti",
                admin2="Bankass",
                latitude=14.0763,
                longitude=-3.5147,
            ),
            geo_precision=GeoPrecision.NEAR,
            fatalities=None,  # "several casualties reported": no death toll given
            notes="Attack on military convoy, several casualties reported.",
            sources=(ARTICLE,),
            tags=frozenset({"drv.gov.instability", "drv.arm.expansion", "rsp.sec.funding"}),
        ),
        Incident(
            uuid="5ea1d0e5-0002-4000-8000-000000000002",
            date=EventDate.month(2023, 6),
            event_type="Violence against civilians",
            sub_event_type="Abduction/forced disappearance",
            actor1="Jama’a Nusrat ul-Islam wa al-Muslimin",
            inter1=ActorType.REBEL_GROUP,
            actor2="Civilians (Mali)",
            inter2=ActorType.CIVILIANS,
            assoc_actor2=("Aid Workers (Mali)",),
            civilian_targeting=True,
            place=Place(
                location="Tombouctou",
                country="Mali",
                admin1="Tombouctou",
                admin2="Tombouctou",
                latitude=16.7735,
                longitude=-3.0074,
            ),
            geo_precision=GeoPrecision.EXACT,
            fatalities=0,
            notes="Kidnapping of NGO workers, demands for ransom released.",
            sources=(ARTICLE,),
            tags=frozenset({"drv.eco.kidnapping", "drv.gov.state_absence", "rsp.hum.aid"}),
        ),
        Incident(
            uuid="5ea1d0e5-0003-4000-8000-000000000003",
            date=EventDate.month(2023, 8),
            event_type="Strategic developments",
            sub_event_type="Change to group/activity",
            actor1="JNIM",
            inter1=ActorType.REBEL_GROUP,
            place=Place(location="Bakara", country="Mali"),
            geo_precision=GeoPrecision.REGION,
            fatalities=0,
            notes="Increased recruitment drives to bolster local militias.",
            sources=(ARTICLE,),
            tags=frozenset(
                {"drv.arm.recruitment", "drv.soc.grievances", "rsp.pol.local_governance"}
            ),
        ),
    ]
