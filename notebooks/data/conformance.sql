-- vibesql-magic SQL dump
BEGIN TRANSACTION;
CREATE TABLE test_files (file_path VARCHAR(500) PRIMARY KEY, category VARCHAR(50) NOT NULL, subcategory VARCHAR(50), status VARCHAR(20) NOT NULL, last_tested TIMESTAMP, last_passed TIMESTAMP);
INSERT INTO test_files VALUES('select1.test','select','root','PASS','2026-11-29 22:01:53.587087','2026-11-29 22:01:53.587087');
INSERT INTO test_files VALUES('select2.test','select','root','PASS','2026-11-29 22:01:54.525409','2026-11-29 22:01:54.525409');
INSERT INTO test_files VALUES('evidence/in1.test','evidence','in','PASS','2026-11-29 22:01:54.641156','2026-11-29 22:01:54.641156');
INSERT INTO test_files VALUES('evidence/slt_lang_aggfunc.test','evidence','slt_lang_aggfunc','PASS','2026-11-29 22:01:54.654284','2026-11-29 22:01:54.654284');
INSERT INTO test_files VALUES('evidence/slt_lang_createtrigger.test','evidence','slt_lang_createtrigger','PASS','2026-11-29 22:01:54.656695','2026-11-29 22:01:54.656695');
INSERT INTO test_files VALUES('evidence/slt_lang_update.test','evidence','slt_lang_update','PASS','2026-11-29 22:01:54.661849','2026-11-29 22:01:54.661849');
INSERT INTO test_files VALUES('evidence/in2.test','evidence','in','PASS','2026-11-29 22:01:54.671096','2026-11-29 22:01:54.671096');
INSERT INTO test_files VALUES('evidence/slt_lang_createview.test','evidence','slt_lang_createview','PASS','2026-11-29 22:01:54.673335','2026-11-29 22:01:54.673335');
INSERT INTO test_files VALUES('evidence/slt_lang_reindex.test','evidence','slt_lang_reindex','PASS','2026-11-29 22:01:54.674147','2026-11-29 22:01:54.674147');
INSERT INTO test_files VALUES('evidence/slt_lang_replace.test','evidence','slt_lang_replace','PASS','2026-11-29 22:01:54.675820','2026-11-29 22:01:54.675820');
INSERT INTO test_files VALUES('evidence/slt_lang_dropview.test','evidence','slt_lang_dropview','PASS','2026-11-29 22:01:54.677101','2026-11-29 22:01:54.677101');
INSERT INTO test_files VALUES('evidence/slt_lang_droptable.test','evidence','slt_lang_droptable','PASS','2026-11-29 22:01:54.677966','2026-11-29 22:01:54.677966');
INSERT INTO test_files VALUES('evidence/slt_lang_droptrigger.test','evidence','slt_lang_droptrigger','PASS','2026-11-29 22:01:54.678760','2026-11-29 22:01:54.678760');
INSERT INTO test_files VALUES('evidence/slt_lang_dropindex.test','evidence','slt_lang_dropindex','PASS','2026-11-29 22:01:54.679510','2026-11-29 22:01:54.679510');
INSERT INTO test_files VALUES('random/expr/slt_good_0.test','random','expr','PASS','2026-11-29 22:00:58.570113','2026-11-29 22:00:58.570113');
INSERT INTO test_files VALUES('index/between/10/slt_good_1.test','index','between','PASS','2026-11-29 22:00:37.172130','2026-11-29 22:00:37.172130');
INSERT INTO test_files VALUES('index/between/1/slt_good_0.test','index','between','PASS','2026-11-29 22:00:38.906798','2026-11-29 22:00:38.906798');
INSERT INTO test_files VALUES('index/orderby_nosort/100/slt_good_1.test','index','orderby_nosort','PASS','2026-11-29 22:00:42.963419','2026-11-29 22:00:42.963419');
INSERT INTO test_files VALUES('index/orderby_nosort/100/slt_good_0.test','index','orderby_nosort','PASS','2026-11-29 22:00:47.348277','2026-11-29 22:00:47.348277');
INSERT INTO test_files VALUES('index/orderby/1000/slt_good_0.test','index','orderby','PASS','2026-11-29 22:00:44.476554','2026-11-29 22:00:44.476554');
INSERT INTO test_files VALUES('index/orderby_nosort/1000/slt_good_0.test','index','orderby_nosort','PASS','2026-11-29 22:00:50.090754','2026-11-29 22:00:50.090754');
INSERT INTO test_files VALUES('index/orderby/100/slt_good_0.test','index','orderby','PASS','2026-11-29 22:00:51.745292','2026-11-29 22:00:51.745292');
INSERT INTO test_files VALUES('index/orderby/100/slt_good_1.test','index','orderby','PASS','2026-11-29 22:00:55.431649','2026-11-29 22:00:55.431649');
INSERT INTO test_files VALUES('index/orderby_nosort/10/slt_good_1.test','index','orderby_nosort','PASS','2026-11-29 22:00:59.116481','2026-11-29 22:00:59.116481');
INSERT INTO test_files VALUES('index/orderby/10/slt_good_1.test','index','orderby','PASS','2026-11-29 22:01:02.558799','2026-11-29 22:01:02.558799');
INSERT INTO test_files VALUES('index/commute/100/slt_good_0.test','index','commute','PASS','2026-11-29 22:01:03.326688','2026-11-29 22:01:03.326688');
INSERT INTO test_files VALUES('index/orderby_nosort/1000/slt_good_1.test','index','orderby_nosort','PASS','2026-11-29 22:00:55.304431','2026-11-29 22:00:55.304431');
INSERT INTO test_files VALUES('index/orderby/10/slt_good_0.test','index','orderby','PASS','2026-11-29 22:01:07.041519','2026-11-29 22:01:07.041519');
INSERT INTO test_files VALUES('index/delete/10000/slt_good_0.test','index','delete','PASS','2026-11-29 22:01:08.578779','2026-11-29 22:01:08.578779');
INSERT INTO test_files VALUES('index/orderby_nosort/10/slt_good_0.test','index','orderby_nosort','PASS','2026-11-29 22:01:11.024437','2026-11-29 22:01:11.024437');
INSERT INTO test_files VALUES('index/commute/1000/slt_good_1.test','index','commute','PASS','2026-11-29 22:01:07.387465','2026-11-29 22:01:07.387465');
INSERT INTO test_files VALUES('random/aggregates/slt_good_1.test','random','aggregates','PASS','2026-11-29 22:01:11.918770','2026-11-29 22:01:11.918770');
INSERT INTO test_files VALUES('random/aggregates/slt_good_0.test','random','aggregates','PASS','2026-11-29 22:01:14.462138','2026-11-29 22:01:14.462138');
INSERT INTO test_files VALUES('index/commute/10/slt_good_1.test','index','commute','PASS','2026-11-29 22:01:18.422323','2026-11-29 22:01:18.422323');
INSERT INTO test_files VALUES('index/commute/100/slt_good_1.test','index','commute','PASS','2026-11-29 22:01:15.408600','2026-11-29 22:01:15.408600');
INSERT INTO test_files VALUES('index/random/10/slt_good_1.test','index','random','PASS','2026-11-29 22:01:18.406787','2026-11-29 22:01:18.406787');
INSERT INTO test_files VALUES('index/commute/10/slt_good_0.test','index','commute','PASS','2026-11-29 22:01:22.065483','2026-11-29 22:01:22.065483');
INSERT INTO test_files VALUES('index/random/100/slt_good_1.test','index','random','PASS','2026-11-29 22:01:21.209824','2026-11-29 22:01:21.209824');
INSERT INTO test_files VALUES('index/random/10/slt_good_0.test','index','random','PASS','2026-11-29 22:01:24.177294','2026-11-29 22:01:24.177294');
INSERT INTO test_files VALUES('index/random/100/slt_good_0.test','index','random','PASS','2026-11-29 22:01:25.090721','2026-11-29 22:01:25.090721');
INSERT INTO test_files VALUES('random/select/slt_good_1.test','random','select','PASS','2026-11-29 22:01:27.889160','2026-11-29 22:01:27.889160');
INSERT INTO test_files VALUES('random/groupby/slt_good_1.test','random','groupby','PASS','2026-11-29 22:01:31.088797','2026-11-29 22:01:31.088797');
INSERT INTO test_files VALUES('index/between/1000/slt_good_0.test','index','between','PASS','2026-11-29 22:01:27.200642','2026-11-29 22:01:27.200642');
INSERT INTO test_files VALUES('random/expr/slt_good_1.test','random','expr','PASS','2026-11-29 22:01:30.185234','2026-11-29 22:01:30.185234');
INSERT INTO test_files VALUES('random/select/slt_good_0.test','random','select','PASS','2026-11-29 22:01:32.794741','2026-11-29 22:01:32.794741');
INSERT INTO test_files VALUES('index/view/100/slt_good_0.test','index','view','PASS','2026-11-29 22:01:32.822781','2026-11-29 22:01:32.822781');
INSERT INTO test_files VALUES('random/groupby/slt_good_0.test','random','groupby','PASS','2026-11-29 22:01:36.338860','2026-11-29 22:01:36.338860');
INSERT INTO test_files VALUES('index/view/100/slt_good_1.test','index','view','PASS','2026-11-29 22:01:34.886264','2026-11-29 22:01:34.886264');
INSERT INTO test_files VALUES('index/view/1000/slt_good_0.test','index','view','PASS','2026-11-29 22:01:39.375488','2026-11-29 22:01:39.375488');
INSERT INTO test_files VALUES('index/view/10/slt_good_1.test','index','view','PASS','2026-11-29 22:01:41.006390','2026-11-29 22:01:41.006390');
INSERT INTO test_files VALUES('index/delete/100/slt_good_0.test','index','delete','PASS','2026-11-29 22:01:43.019054','2026-11-29 22:01:43.019054');
INSERT INTO test_files VALUES('select4.test','select','root','PASS','2026-11-29 22:01:41.279203','2026-11-29 22:01:41.279203');
INSERT INTO test_files VALUES('index/delete/100/slt_good_1.test','index','delete','PASS','2026-11-29 22:01:43.205356','2026-11-29 22:01:43.205356');
INSERT INTO test_files VALUES('index/delete/1000/slt_good_0.test','index','delete','PASS','2026-11-29 22:01:43.772597','2026-11-29 22:01:43.772597');
INSERT INTO test_files VALUES('index/delete/10/slt_good_1.test','index','delete','PASS','2026-11-29 22:01:45.132796','2026-11-29 22:01:45.132796');
INSERT INTO test_files VALUES('index/delete/10/slt_good_0.test','index','delete','PASS','2026-11-29 22:01:45.866735','2026-11-29 22:01:45.866735');
INSERT INTO test_files VALUES('index/delete/1000/slt_good_1.test','index','delete','PASS','2026-11-29 22:01:46.826986','2026-11-29 22:01:46.826986');
INSERT INTO test_files VALUES('index/delete/1/slt_good_0.test','index','delete','PASS','2026-11-29 22:01:48.701900','2026-11-29 22:01:48.701900');
INSERT INTO test_files VALUES('select3.test','select','root','PASS','2026-11-29 22:01:52.103170','2026-11-29 22:01:52.103170');
INSERT INTO test_files VALUES('index/commute/1000/slt_good_0.test','index','commute','PASS','2026-11-29 22:01:50.459398','2026-11-29 22:01:50.459398');
INSERT INTO test_files VALUES('select5.test','select','root','PASS','2026-11-29 22:01:54.797070','2026-11-29 22:01:54.797070');
INSERT INTO test_files VALUES('index/random/1000/slt_good_0.test','index','random','PASS','2026-11-29 22:01:52.531081','2026-11-29 22:01:52.531081');
INSERT INTO test_files VALUES('index/random/1000/slt_good_1.test','index','random','PASS','2026-11-29 22:01:54.597866','2026-11-29 22:01:54.597866');
INSERT INTO test_files VALUES('index/view/10/slt_good_0.test','index','view','PASS','2026-11-29 22:01:54.679928','2026-11-29 22:01:54.679928');
INSERT INTO test_files VALUES('index/view/10000/slt_good_0.test','index','view','PASS','2026-11-29 22:01:48.677769','2026-11-29 22:01:48.677769');
CREATE TABLE test_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, git_commit VARCHAR(40), ci_run_id VARCHAR(100), engine VARCHAR(200), engine_version VARCHAR(100), branch_name VARCHAR(200), host VARCHAR(200), label VARCHAR(500), dialect VARCHAR(50));
INSERT INTO test_runs VALUES(1,'2026-11-24 12:06:19.000000','2026-11-24 12:06:19.000000',15,0,15,0,'d4d5eec1a550891799eb1ac26a523ec8f00482b0',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(2,'2026-11-24 12:16:21.000000','2026-11-24 12:16:21.000000',15,15,0,0,'2ed54e2600d0f24006efcc0c50110dd53a3eed2a',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(3,'2026-11-24 12:16:21.000000','2026-11-24 12:16:21.000000',15,15,0,0,'18a3f6ae23cf483305a6f9e2b436f87b5879af73',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(4,'2026-11-24 12:33:45.000000','2026-11-24 12:33:45.000000',15,15,0,0,'6bc92f6fc0f778becc9607a0d9c2c7adfcb82bbc',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(5,'2026-11-24 12:36:06.000000','2026-11-24 12:36:06.000000',15,15,0,0,'9f93ee1c10aa00410908d4accc2f239dd2edcf24',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(6,'2026-11-24 12:36:29.000000','2026-11-24 12:36:29.000000',15,15,0,0,'f51d92c422afc5a90b5c5f086adcf850978ab645',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(7,'2026-11-24 12:40:13.000000','2026-11-24 12:40:13.000000',15,15,0,0,'b32f08924a46a2580e4fca7762c0157ea9ac07ab',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(8,'2026-11-24 12:40:16.000000','2026-11-24 12:40:16.000000',15,15,0,0,'0eca72a8c1f500c4172a9ecb70b700f74b7108e7',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(9,'2026-11-24 12:42:07.000000','2026-11-24 12:42:07.000000',15,15,0,0,'904b551e97ac0b935427e58cac6169945aab261c',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(10,'2026-11-24 12:45:12.000000','2026-11-24 12:45:12.000000',15,15,0,0,'99ebf054363f8b01e056212de6d3354f7876598c',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(11,'2026-11-24 12:48:08.000000','2026-11-24 12:48:08.000000',15,15,0,0,'bf824f223cbf8474ef678637cf649478d1c3a7a8',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(12,'2026-11-24 12:50:02.000000','2026-11-24 12:50:02.000000',15,15,0,0,'e0b064181c2dd8aaf491b9a183721d739910aea5',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(13,'2026-11-24 13:02:54.000000','2026-11-24 13:02:54.000000',15,15,0,0,'30d35a801a6b4640936db5edb16d7235aec16e74',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(14,'2026-11-24 13:14:56.000000','2026-11-24 13:14:56.000000',15,15,0,0,'d5f900ce10da07649475b6ec76b7a5821f182179',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(15,'2026-11-24 13:14:56.000000','2026-11-24 13:14:56.000000',15,15,0,0,'587b9774457c2e2231b78e0529525edea1973ff3',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(16,'2026-11-24 13:22:08.000000','2026-11-24 13:22:08.000000',15,15,0,0,'353e6cd89427a05a2c7927b20cff8eb98ca02a96',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(17,'2026-11-24 13:27:52.000000','2026-11-24 13:27:52.000000',15,15,0,0,'10139eb1d8b698cf53cc8f0b06d766466be2c523',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(18,'2026-11-24 13:29:12.000000','2026-11-24 13:29:12.000000',15,15,0,0,'410644591bf6281d6d0abeaac658206eed3ad3bc',NULL,'vibesql','0.1.0',NULL,'vm','history',NULL);
INSERT INTO test_runs VALUES(19,'2026-11-24 13:30:53.763993','2026-11-24 13:31:09.961146',65,65,0,0,'410644591bf6281d6d0abeaac658206eed3ad3bc',NULL,'sqlite','3.40.1','main','vm','reference',NULL);
INSERT INTO test_runs VALUES(20,'2026-11-24 13:31:10.267697','2026-11-24 13:34:00.144245',65,44,21,0,'6b9dac5001a8d652f0d2748a8e4e07a793601348',NULL,'duckdb','2.0.0','main','vm','duckdb as sqlite',NULL);
INSERT INTO test_runs VALUES(21,'2026-11-24 13:34:00.535545','2026-11-24 13:35:55.982988',65,65,0,0,'6b9dac5001a8d652f0d2748a8e4e07a793601348',NULL,'vibesql','0.1.0','main','vm',NULL,NULL);
INSERT INTO test_runs VALUES(22,'2026-11-29 20:10:12.231545','2026-11-29 20:11:32.322702',65,65,0,0,'233094fc8047186d2c4355030854e945504b14f3',NULL,'vibesql','0.1.0','main','vm',NULL,NULL);
INSERT INTO test_runs VALUES(23,'2026-11-29 21:00:24.748700','2026-11-29 21:01:59.223224',65,65,0,0,'45d58eb97ef0a234c7f7d8c25c0b139b00402508',NULL,'vibesql','0.1.0','main','vm',NULL,NULL);
INSERT INTO test_runs VALUES(24,'2026-11-29 21:21:30.301603','2026-11-29 21:22:59.972983',65,65,0,0,'353ee5c202f13a93d3e2661a0231b98a6cff1c68',NULL,'vibesql','0.1.0','main','vm',NULL,NULL);
INSERT INTO test_runs VALUES(25,'2026-11-29 22:00:28.677361','2026-11-29 22:01:54.836891',65,65,0,0,'2c9287f8b479e0964e4bf7259d23a03b685cc868',NULL,'vibesql','0.1.0','main','vm',NULL,NULL);
CREATE TABLE test_results (result_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, file_path VARCHAR(500) NOT NULL, status VARCHAR(20) NOT NULL, tested_at TIMESTAMP NOT NULL, duration_ms INTEGER, error_message VARCHAR(2000), records_total INTEGER, records_passed INTEGER, records_failed INTEGER, records_skipped INTEGER, FOREIGN KEY (run_id) REFERENCES test_runs (run_id), FOREIGN KEY (file_path) REFERENCES test_files (file_path));
INSERT INTO test_results VALUES(1,1,'select1.test','FAIL','2026-11-24 12:06:19.000000',556,'line 4: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 7: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 10: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 13: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 16: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 19: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 22: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 25: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 28: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 31: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 34: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 37: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 40: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 43: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 1016 more failed records',1031,1,1030,0);
INSERT INTO test_results VALUES(2,1,'select2.test','FAIL','2026-11-24 12:06:19.000000',479,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 15: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 18: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 21: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 24: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 27: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 30: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 33: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 36: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 39: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 42: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 45: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 1016 more failed records',1031,1,1030,0);
INSERT INTO test_results VALUES(3,1,'evidence/in1.test','FAIL','2026-11-24 12:06:19.000000',46,'line 23: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 28: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 33: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 39: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 44: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 49: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 55: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 61: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 70: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 75: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 81: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 86: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 92: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 97: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 188 more failed records',216,12,202,2);
INSERT INTO test_results VALUES(4,1,'evidence/slt_lang_aggfunc.test','FAIL','2026-11-24 12:06:19.000000',14,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 28: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 33: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 38: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 43: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 48: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 53: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 58: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 71: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 74: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 77: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 86: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 62 more failed records',80,4,76,0);
INSERT INTO test_results VALUES(5,1,'evidence/slt_lang_createtrigger.test','FAIL','2026-11-24 12:06:19.000000',2,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',26,23,3,0);
INSERT INTO test_results VALUES(6,1,'evidence/slt_lang_update.test','FAIL','2026-11-24 12:06:19.000000',4,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 24: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 27: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 30: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 33: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 45: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 48: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 56: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 59: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 68: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 75: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 78: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 9 more failed records',27,4,23,0);
INSERT INTO test_results VALUES(7,1,'evidence/in2.test','FAIL','2026-11-24 12:06:19.000000',11,'line 31: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 34: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 37: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 42: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 46: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 50: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 54: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 61: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 68: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 81: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 88: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 95: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 102: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 109: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 34 more failed records',54,5,48,1);
INSERT INTO test_results VALUES(8,1,'evidence/slt_lang_createview.test','FAIL','2026-11-24 12:06:19.000000',3,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 22: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 29: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 34: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 48: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 52: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 111: statement failed: no such view: view1
line 115: statement failed: no such view: view2
line 119: statement failed: no such view: view3',25,12,11,2);
INSERT INTO test_results VALUES(9,1,'evidence/slt_lang_reindex.test','FAIL','2026-11-24 12:06:19.000000',0,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',7,4,3,0);
INSERT INTO test_results VALUES(10,1,'evidence/slt_lang_replace.test','FAIL','2026-11-24 12:06:19.000000',2,'line 14: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 17: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 24: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 28: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 31: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 38: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 42: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 48: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 51: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 58: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 62: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 68: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 71: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',14,1,13,0);
INSERT INTO test_results VALUES(11,1,'evidence/slt_lang_dropview.test','FAIL','2026-11-24 12:06:19.000000',1,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 27: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 30: statement failed: no such view: view1
line 41: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 48: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 53: statement failed: no such view: view2
line 56: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',13,4,9,0);
INSERT INTO test_results VALUES(12,1,'evidence/slt_lang_droptable.test','FAIL','2026-11-24 12:06:19.000000',1,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',12,9,3,0);
INSERT INTO test_results VALUES(13,1,'evidence/slt_lang_droptrigger.test','FAIL','2026-11-24 12:06:19.000000',0,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',12,9,3,0);
INSERT INTO test_results VALUES(14,1,'evidence/slt_lang_dropindex.test','FAIL','2026-11-24 12:06:19.000000',0,'line 6: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 9: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)',8,5,3,0);
INSERT INTO test_results VALUES(15,1,'random/expr/slt_good_0.test','FAIL','2026-11-24 12:06:19.000000',2652,'line 12: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 15: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 18: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 21: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 24: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 27: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 30: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 33: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 36: statement failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 46: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 51: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 56: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 61: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
line 66: query failed: cannot import name ''functions'' from ''engine'' (/tmp/vibesql-slt-history-uybdteq9/d4d5eec1a550/engine/__init__.py)
... and 9995 more failed records',15426,3,10009,5414);
INSERT INTO test_results VALUES(16,2,'select1.test','PASS','2026-11-24 12:16:21.000000',1701,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(17,2,'select2.test','PASS','2026-11-24 12:16:21.000000',1560,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(18,2,'evidence/in1.test','PASS','2026-11-24 12:16:21.000000',89,NULL,216,214,0,2);
INSERT INTO test_results VALUES(19,2,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:16:21.000000',27,NULL,80,80,0,0);
INSERT INTO test_results VALUES(20,2,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:16:21.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(21,2,'evidence/slt_lang_update.test','PASS','2026-11-24 12:16:21.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(22,2,'evidence/in2.test','PASS','2026-11-24 12:16:21.000000',15,NULL,54,53,0,1);
INSERT INTO test_results VALUES(23,2,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:16:21.000000',4,NULL,25,23,0,2);
INSERT INTO test_results VALUES(24,2,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:16:21.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(25,2,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:16:21.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(26,2,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:16:21.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(27,2,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:16:21.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(28,2,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:16:21.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(29,2,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:16:21.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(30,2,'random/expr/slt_good_0.test','PASS','2026-11-24 12:16:21.000000',4905,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(31,3,'select1.test','PASS','2026-11-24 12:16:21.000000',1456,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(32,3,'select2.test','PASS','2026-11-24 12:16:21.000000',1341,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(33,3,'evidence/in1.test','PASS','2026-11-24 12:16:21.000000',96,NULL,216,214,0,2);
INSERT INTO test_results VALUES(34,3,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:16:21.000000',25,NULL,80,80,0,0);
INSERT INTO test_results VALUES(35,3,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:16:21.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(36,3,'evidence/slt_lang_update.test','PASS','2026-11-24 12:16:21.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(37,3,'evidence/in2.test','PASS','2026-11-24 12:16:21.000000',16,NULL,54,53,0,1);
INSERT INTO test_results VALUES(38,3,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:16:21.000000',4,NULL,25,23,0,2);
INSERT INTO test_results VALUES(39,3,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:16:21.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(40,3,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:16:21.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(41,3,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:16:21.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(42,3,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:16:21.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(43,3,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:16:21.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(44,3,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:16:21.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(45,3,'random/expr/slt_good_0.test','PASS','2026-11-24 12:16:21.000000',4599,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(46,4,'select1.test','PASS','2026-11-24 12:33:45.000000',1284,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(47,4,'select2.test','PASS','2026-11-24 12:33:45.000000',1169,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(48,4,'evidence/in1.test','PASS','2026-11-24 12:33:45.000000',59,NULL,216,214,0,2);
INSERT INTO test_results VALUES(49,4,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:33:45.000000',18,NULL,80,80,0,0);
INSERT INTO test_results VALUES(50,4,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:33:45.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(51,4,'evidence/slt_lang_update.test','PASS','2026-11-24 12:33:45.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(52,4,'evidence/in2.test','PASS','2026-11-24 12:33:45.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(53,4,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:33:45.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(54,4,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:33:45.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(55,4,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:33:45.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(56,4,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:33:45.000000',18,NULL,13,13,0,0);
INSERT INTO test_results VALUES(57,4,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:33:45.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(58,4,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:33:45.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(59,4,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:33:45.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(60,4,'random/expr/slt_good_0.test','PASS','2026-11-24 12:33:45.000000',4276,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(61,5,'select1.test','PASS','2026-11-24 12:36:06.000000',1256,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(62,5,'select2.test','PASS','2026-11-24 12:36:06.000000',1150,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(63,5,'evidence/in1.test','PASS','2026-11-24 12:36:06.000000',60,NULL,216,214,0,2);
INSERT INTO test_results VALUES(64,5,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:36:06.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(65,5,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:36:06.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(66,5,'evidence/slt_lang_update.test','PASS','2026-11-24 12:36:06.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(67,5,'evidence/in2.test','PASS','2026-11-24 12:36:06.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(68,5,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:36:06.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(69,5,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:36:06.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(70,5,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:36:06.000000',16,NULL,14,14,0,0);
INSERT INTO test_results VALUES(71,5,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:36:06.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(72,5,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:36:06.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(73,5,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:36:06.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(74,5,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:36:06.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(75,5,'random/expr/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',4337,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(76,6,'select1.test','PASS','2026-11-24 12:36:29.000000',1281,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(77,6,'select2.test','PASS','2026-11-24 12:36:29.000000',1164,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(78,6,'evidence/in1.test','PASS','2026-11-24 12:36:29.000000',61,NULL,216,214,0,2);
INSERT INTO test_results VALUES(79,6,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:36:29.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(80,6,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:36:29.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(81,6,'evidence/slt_lang_update.test','PASS','2026-11-24 12:36:29.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(82,6,'evidence/in2.test','PASS','2026-11-24 12:36:29.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(83,6,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:36:29.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(84,6,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:36:29.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(85,6,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:36:29.000000',15,NULL,14,14,0,0);
INSERT INTO test_results VALUES(86,6,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:36:29.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(87,6,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:36:29.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(88,6,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:36:29.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(89,6,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:36:29.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(90,6,'random/expr/slt_good_0.test','PASS','2026-11-24 12:36:29.000000',4402,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(91,7,'select1.test','PASS','2026-11-24 12:40:13.000000',1292,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(92,7,'select2.test','PASS','2026-11-24 12:40:13.000000',1166,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(93,7,'evidence/in1.test','PASS','2026-11-24 12:40:13.000000',61,NULL,216,214,0,2);
INSERT INTO test_results VALUES(94,7,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:40:13.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(95,7,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:40:13.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(96,7,'evidence/slt_lang_update.test','PASS','2026-11-24 12:40:13.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(97,7,'evidence/in2.test','PASS','2026-11-24 12:40:13.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(98,7,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:40:13.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(99,7,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:40:13.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(100,7,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:40:13.000000',14,NULL,14,14,0,0);
INSERT INTO test_results VALUES(101,7,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:40:13.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(102,7,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:40:13.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(103,7,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:40:13.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(104,7,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:40:13.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(105,7,'random/expr/slt_good_0.test','PASS','2026-11-24 12:40:13.000000',4398,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(106,8,'select1.test','PASS','2026-11-24 12:40:16.000000',1277,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(107,8,'select2.test','PASS','2026-11-24 12:40:16.000000',1185,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(108,8,'evidence/in1.test','PASS','2026-11-24 12:40:16.000000',61,NULL,216,214,0,2);
INSERT INTO test_results VALUES(109,8,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:40:16.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(110,8,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:40:16.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(111,8,'evidence/slt_lang_update.test','PASS','2026-11-24 12:40:16.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(112,8,'evidence/in2.test','PASS','2026-11-24 12:40:16.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(113,8,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:40:16.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(114,8,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:40:16.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(115,8,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:40:16.000000',19,NULL,14,14,0,0);
INSERT INTO test_results VALUES(116,8,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:40:16.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(117,8,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:40:16.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(118,8,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:40:16.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(119,8,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:40:16.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(120,8,'random/expr/slt_good_0.test','PASS','2026-11-24 12:40:16.000000',4520,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(121,9,'select1.test','PASS','2026-11-24 12:42:07.000000',1334,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(122,9,'select2.test','PASS','2026-11-24 12:42:07.000000',1236,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(123,9,'evidence/in1.test','PASS','2026-11-24 12:42:07.000000',61,NULL,216,214,0,2);
INSERT INTO test_results VALUES(124,9,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:42:07.000000',18,NULL,80,80,0,0);
INSERT INTO test_results VALUES(125,9,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:42:07.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(126,9,'evidence/slt_lang_update.test','PASS','2026-11-24 12:42:07.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(127,9,'evidence/in2.test','PASS','2026-11-24 12:42:07.000000',28,NULL,54,53,0,1);
INSERT INTO test_results VALUES(128,9,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:42:07.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(129,9,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:42:07.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(130,9,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:42:07.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(131,9,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:42:07.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(132,9,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:42:07.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(133,9,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:42:07.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(134,9,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:42:07.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(135,9,'random/expr/slt_good_0.test','PASS','2026-11-24 12:42:07.000000',4672,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(136,10,'select1.test','PASS','2026-11-24 12:45:12.000000',1315,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(137,10,'select2.test','PASS','2026-11-24 12:45:12.000000',1187,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(138,10,'evidence/in1.test','PASS','2026-11-24 12:45:12.000000',61,NULL,216,214,0,2);
INSERT INTO test_results VALUES(139,10,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:45:12.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(140,10,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:45:12.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(141,10,'evidence/slt_lang_update.test','PASS','2026-11-24 12:45:12.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(142,10,'evidence/in2.test','PASS','2026-11-24 12:45:12.000000',26,NULL,54,53,0,1);
INSERT INTO test_results VALUES(143,10,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:45:12.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(144,10,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:45:12.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(145,10,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:45:12.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(146,10,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:45:12.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(147,10,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:45:12.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(148,10,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:45:12.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(149,10,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:45:12.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(150,10,'random/expr/slt_good_0.test','PASS','2026-11-24 12:45:12.000000',4556,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(151,11,'select1.test','PASS','2026-11-24 12:48:08.000000',1329,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(152,11,'select2.test','PASS','2026-11-24 12:48:08.000000',1219,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(153,11,'evidence/in1.test','PASS','2026-11-24 12:48:08.000000',62,NULL,216,214,0,2);
INSERT INTO test_results VALUES(154,11,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:48:08.000000',18,NULL,80,80,0,0);
INSERT INTO test_results VALUES(155,11,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:48:08.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(156,11,'evidence/slt_lang_update.test','PASS','2026-11-24 12:48:08.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(157,11,'evidence/in2.test','PASS','2026-11-24 12:48:08.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(158,11,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:48:08.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(159,11,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:48:08.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(160,11,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:48:08.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(161,11,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:48:08.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(162,11,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:48:08.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(163,11,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:48:08.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(164,11,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:48:08.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(165,11,'random/expr/slt_good_0.test','PASS','2026-11-24 12:48:08.000000',4475,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(166,12,'select1.test','PASS','2026-11-24 12:50:02.000000',1294,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(167,12,'select2.test','PASS','2026-11-24 12:50:02.000000',1324,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(168,12,'evidence/in1.test','PASS','2026-11-24 12:50:02.000000',61,NULL,216,214,0,2);
INSERT INTO test_results VALUES(169,12,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:50:02.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(170,12,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:50:02.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(171,12,'evidence/slt_lang_update.test','PASS','2026-11-24 12:50:02.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(172,12,'evidence/in2.test','PASS','2026-11-24 12:50:02.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(173,12,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:50:02.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(174,12,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:50:02.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(175,12,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:50:02.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(176,12,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:50:02.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(177,12,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:50:02.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(178,12,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:50:02.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(179,12,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:50:02.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(180,12,'random/expr/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',4420,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(181,13,'select1.test','PASS','2026-11-24 13:02:54.000000',1324,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(182,13,'select2.test','PASS','2026-11-24 13:02:54.000000',1223,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(183,13,'evidence/in1.test','PASS','2026-11-24 13:02:54.000000',58,NULL,216,214,0,2);
INSERT INTO test_results VALUES(184,13,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:02:54.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(185,13,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:02:54.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(186,13,'evidence/slt_lang_update.test','PASS','2026-11-24 13:02:54.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(187,13,'evidence/in2.test','PASS','2026-11-24 13:02:54.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(188,13,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:02:54.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(189,13,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:02:54.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(190,13,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:02:54.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(191,13,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:02:54.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(192,13,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:02:54.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(193,13,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:02:54.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(194,13,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:02:54.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(195,13,'random/expr/slt_good_0.test','PASS','2026-11-24 13:02:54.000000',3881,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(196,14,'select1.test','PASS','2026-11-24 13:14:56.000000',1295,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(197,14,'select2.test','PASS','2026-11-24 13:14:56.000000',1175,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(198,14,'evidence/in1.test','PASS','2026-11-24 13:14:56.000000',58,NULL,216,214,0,2);
INSERT INTO test_results VALUES(199,14,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:14:56.000000',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(200,14,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:14:56.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(201,14,'evidence/slt_lang_update.test','PASS','2026-11-24 13:14:56.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(202,14,'evidence/in2.test','PASS','2026-11-24 13:14:56.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(203,14,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:14:56.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(204,14,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:14:56.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(205,14,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:14:56.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(206,14,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:14:56.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(207,14,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:14:56.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(208,14,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:14:56.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(209,14,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:14:56.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(210,14,'random/expr/slt_good_0.test','PASS','2026-11-24 13:14:56.000000',3860,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(211,15,'select1.test','PASS','2026-11-24 13:14:56.000000',1510,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(212,15,'select2.test','PASS','2026-11-24 13:14:56.000000',1157,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(213,15,'evidence/in1.test','PASS','2026-11-24 13:14:56.000000',58,NULL,216,214,0,2);
INSERT INTO test_results VALUES(214,15,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:14:56.000000',16,NULL,80,80,0,0);
INSERT INTO test_results VALUES(215,15,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:14:56.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(216,15,'evidence/slt_lang_update.test','PASS','2026-11-24 13:14:56.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(217,15,'evidence/in2.test','PASS','2026-11-24 13:14:56.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(218,15,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:14:56.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(219,15,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:14:56.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(220,15,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:14:56.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(221,15,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:14:56.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(222,15,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:14:56.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(223,15,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:14:56.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(224,15,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:14:56.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(225,15,'random/expr/slt_good_0.test','PASS','2026-11-24 13:14:56.000000',3968,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(226,16,'select1.test','PASS','2026-11-24 13:22:08.000000',1272,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(227,16,'select2.test','PASS','2026-11-24 13:22:08.000000',1153,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(228,16,'evidence/in1.test','PASS','2026-11-24 13:22:08.000000',58,NULL,216,214,0,2);
INSERT INTO test_results VALUES(229,16,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:22:08.000000',16,NULL,80,80,0,0);
INSERT INTO test_results VALUES(230,16,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:22:08.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(231,16,'evidence/slt_lang_update.test','PASS','2026-11-24 13:22:08.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(232,16,'evidence/in2.test','PASS','2026-11-24 13:22:08.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(233,16,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:22:08.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(234,16,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:22:08.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(235,16,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:22:08.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(236,16,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:22:08.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(237,16,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:22:08.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(238,16,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:22:08.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(239,16,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:22:08.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(240,16,'random/expr/slt_good_0.test','PASS','2026-11-24 13:22:08.000000',3861,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(241,17,'select1.test','PASS','2026-11-24 13:27:52.000000',1283,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(242,17,'select2.test','PASS','2026-11-24 13:27:52.000000',1173,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(243,17,'evidence/in1.test','PASS','2026-11-24 13:27:52.000000',58,NULL,216,214,0,2);
INSERT INTO test_results VALUES(244,17,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:27:52.000000',16,NULL,80,80,0,0);
INSERT INTO test_results VALUES(245,17,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:27:52.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(246,17,'evidence/slt_lang_update.test','PASS','2026-11-24 13:27:52.000000',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(247,17,'evidence/in2.test','PASS','2026-11-24 13:27:52.000000',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(248,17,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:27:52.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(249,17,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:27:52.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(250,17,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:27:52.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(251,17,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:27:52.000000',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(252,17,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:27:52.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(253,17,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:27:52.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(254,17,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:27:52.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(255,17,'random/expr/slt_good_0.test','PASS','2026-11-24 13:27:52.000000',3873,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(256,18,'select1.test','PASS','2026-11-24 13:29:12.000000',1346,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(257,18,'select2.test','PASS','2026-11-24 13:29:12.000000',1437,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(258,18,'evidence/in1.test','PASS','2026-11-24 13:29:12.000000',115,NULL,216,214,0,2);
INSERT INTO test_results VALUES(259,18,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:29:12.000000',18,NULL,80,80,0,0);
INSERT INTO test_results VALUES(260,18,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:29:12.000000',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(261,18,'evidence/slt_lang_update.test','PASS','2026-11-24 13:29:12.000000',7,NULL,27,27,0,0);
INSERT INTO test_results VALUES(262,18,'evidence/in2.test','PASS','2026-11-24 13:29:12.000000',13,NULL,54,53,0,1);
INSERT INTO test_results VALUES(263,18,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:29:12.000000',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(264,18,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:29:12.000000',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(265,18,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:29:12.000000',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(266,18,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:29:12.000000',2,NULL,13,13,0,0);
INSERT INTO test_results VALUES(267,18,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:29:12.000000',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(268,18,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:29:12.000000',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(269,18,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:29:12.000000',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(270,18,'random/expr/slt_good_0.test','PASS','2026-11-24 13:29:12.000000',4205,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(271,19,'index/between/10/slt_good_1.test','PASS','2026-11-24 13:30:54.374504',445,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(272,19,'index/between/1/slt_good_0.test','PASS','2026-11-24 13:30:54.378253',448,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(273,19,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-24 13:30:54.911536',531,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(274,19,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-24 13:30:55.344386',430,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(275,19,'index/orderby/1000/slt_good_0.test','PASS','2026-11-24 13:30:58.228891',3850,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(276,19,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-24 13:30:58.286232',2938,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(277,19,'index/orderby/100/slt_good_0.test','PASS','2026-11-24 13:30:58.786309',554,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(278,19,'index/orderby/100/slt_good_1.test','PASS','2026-11-24 13:30:59.321591',532,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(279,19,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-24 13:30:59.578043',253,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(280,19,'random/expr/slt_good_0.test','PASS','2026-11-24 13:30:59.763441',180,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(281,19,'index/orderby/10/slt_good_1.test','PASS','2026-11-24 13:31:00.026728',260,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(282,19,'index/commute/100/slt_good_0.test','PASS','2026-11-24 13:31:00.436878',407,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(283,19,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-24 13:31:01.571557',3278,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(284,19,'index/orderby/10/slt_good_0.test','PASS','2026-11-24 13:31:01.822222',247,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(285,19,'index/delete/10000/slt_good_0.test','PASS','2026-11-24 13:31:02.206651',382,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(286,19,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-24 13:31:02.455450',245,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(287,19,'index/commute/1000/slt_good_1.test','PASS','2026-11-24 13:31:02.538936',2099,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(288,19,'random/aggregates/slt_good_1.test','PASS','2026-11-24 13:31:02.657322',197,NULL,14128,10012,0,4116);
INSERT INTO test_results VALUES(289,19,'random/aggregates/slt_good_0.test','PASS','2026-11-24 13:31:02.744350',200,NULL,13922,10012,0,3910);
INSERT INTO test_results VALUES(290,19,'index/commute/10/slt_good_1.test','PASS','2026-11-24 13:31:02.972873',225,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(291,19,'index/commute/100/slt_good_1.test','PASS','2026-11-24 13:31:03.044666',384,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(292,19,'index/random/10/slt_good_1.test','PASS','2026-11-24 13:31:03.160834',184,NULL,12289,10034,0,2255);
INSERT INTO test_results VALUES(293,19,'index/commute/10/slt_good_0.test','PASS','2026-11-24 13:31:03.277591',229,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(294,19,'index/random/100/slt_good_1.test','PASS','2026-11-24 13:31:03.448315',283,NULL,12178,10123,0,2055);
INSERT INTO test_results VALUES(295,19,'index/random/10/slt_good_0.test','PASS','2026-11-24 13:31:03.463191',178,NULL,12172,10032,0,2140);
INSERT INTO test_results VALUES(296,19,'index/random/100/slt_good_0.test','PASS','2026-11-24 13:31:03.700732',249,NULL,12028,10123,0,1905);
INSERT INTO test_results VALUES(297,19,'random/select/slt_good_1.test','PASS','2026-11-24 13:31:03.959059',255,NULL,11319,10012,0,1307);
INSERT INTO test_results VALUES(298,19,'random/groupby/slt_good_1.test','PASS','2026-11-24 13:31:04.128868',166,NULL,10718,10012,0,706);
INSERT INTO test_results VALUES(299,19,'index/between/1000/slt_good_0.test','PASS','2026-11-24 13:31:04.219713',755,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(300,19,'random/expr/slt_good_1.test','PASS','2026-11-24 13:31:04.262896',129,NULL,13883,10012,0,3871);
INSERT INTO test_results VALUES(301,19,'random/select/slt_good_0.test','PASS','2026-11-24 13:31:04.498920',274,NULL,11084,10012,0,1072);
INSERT INTO test_results VALUES(302,19,'index/view/100/slt_good_0.test','PASS','2026-11-24 13:31:04.651372',385,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(303,19,'random/groupby/slt_good_0.test','PASS','2026-11-24 13:31:04.665341',160,NULL,10559,10012,0,547);
INSERT INTO test_results VALUES(304,19,'index/view/100/slt_good_1.test','PASS','2026-11-24 13:31:05.023898',369,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(305,19,'index/view/1000/slt_good_0.test','PASS','2026-11-24 13:31:06.927822',1901,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(306,19,'index/view/10/slt_good_1.test','PASS','2026-11-24 13:31:07.121887',191,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(307,19,'index/delete/100/slt_good_0.test','PASS','2026-11-24 13:31:07.326693',202,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(308,19,'select4.test','PASS','2026-11-24 13:31:07.407055',2740,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(309,19,'index/delete/100/slt_good_1.test','PASS','2026-11-24 13:31:07.533924',203,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(310,19,'index/delete/1000/slt_good_0.test','PASS','2026-11-24 13:31:07.619983',208,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(311,19,'index/delete/10/slt_good_1.test','PASS','2026-11-24 13:31:07.748564',208,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(312,19,'index/delete/10/slt_good_0.test','PASS','2026-11-24 13:31:07.834136',208,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(313,19,'index/delete/1000/slt_good_1.test','PASS','2026-11-24 13:31:07.950356',199,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(314,19,'index/delete/1/slt_good_0.test','PASS','2026-11-24 13:31:08.071129',234,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(315,19,'select3.test','PASS','2026-11-24 13:31:08.289502',214,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(316,19,'index/commute/1000/slt_good_0.test','PASS','2026-11-24 13:31:09.177280',885,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(317,19,'select5.test','PASS','2026-11-24 13:31:09.502106',323,NULL,1436,1436,0,0);
INSERT INTO test_results VALUES(318,19,'index/random/1000/slt_good_0.test','PASS','2026-11-24 13:31:09.602141',99,NULL,2302,2067,0,235);
INSERT INTO test_results VALUES(319,19,'select1.test','PASS','2026-11-24 13:31:09.674820',71,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(320,19,'select2.test','PASS','2026-11-24 13:31:09.741620',65,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(321,19,'index/random/1000/slt_good_1.test','PASS','2026-11-24 13:31:09.758144',16,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(322,19,'evidence/in1.test','PASS','2026-11-24 13:31:09.762143',3,NULL,216,214,0,2);
INSERT INTO test_results VALUES(323,19,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:31:09.764019',1,NULL,80,80,0,0);
INSERT INTO test_results VALUES(324,19,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:31:09.765163',1,NULL,26,26,0,0);
INSERT INTO test_results VALUES(325,19,'evidence/slt_lang_update.test','PASS','2026-11-24 13:31:09.766185',1,NULL,27,27,0,0);
INSERT INTO test_results VALUES(326,19,'evidence/in2.test','PASS','2026-11-24 13:31:09.767396',1,NULL,54,53,0,1);
INSERT INTO test_results VALUES(327,19,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:31:09.768376',0,NULL,25,23,0,2);
INSERT INTO test_results VALUES(328,19,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:31:09.769065',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(329,19,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:31:09.769805',0,NULL,14,14,0,0);
INSERT INTO test_results VALUES(330,19,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:31:09.770651',0,NULL,13,13,0,0);
INSERT INTO test_results VALUES(331,19,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:31:09.771426',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(332,19,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:31:09.772513',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(333,19,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:31:09.773207',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(334,19,'index/view/10/slt_good_0.test','PASS','2026-11-24 13:31:09.773711',0,NULL,0,0,0,0);
INSERT INTO test_results VALUES(335,19,'index/view/10000/slt_good_0.test','PASS','2026-11-24 13:31:09.953225',2001,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(336,20,'index/between/1/slt_good_0.test','PASS','2026-11-24 13:31:20.667875',10229,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(337,20,'index/between/10/slt_good_1.test','PASS','2026-11-24 13:31:21.208641',10770,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(338,20,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-24 13:31:29.789967',8578,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(339,20,'index/orderby/1000/slt_good_0.test','PASS','2026-11-24 13:31:32.241204',11569,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(340,20,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-24 13:31:38.356824',8563,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(341,20,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-24 13:31:43.191295',10946,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(342,20,'index/orderby/100/slt_good_0.test','PASS','2026-11-24 13:31:47.922109',9562,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(343,20,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-24 13:31:54.307888',11113,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(344,20,'index/orderby/100/slt_good_1.test','PASS','2026-11-24 13:31:55.229785',7304,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(345,20,'random/expr/slt_good_0.test','FAIL','2026-11-24 13:31:59.768453',4533,'line 150: query result mismatch: value 1: expected ''-4836'', got ''-2904''
line 407: query result mismatch: value 1: expected ''-39'', got ''-38''
line 499: query result mismatch: value 2: expected ''-1679327'', got ''-1679326''
line 565: query result mismatch: value 1: expected ''0'', got ''-23''
line 582: query result mismatch: value 1: expected ''0'', got ''66''
line 1501: query result mismatch: value 1: expected ''-15639546'', got ''-15639545''
line 1750: query result mismatch: value 1: expected ''84'', got ''83''
line 2259: query result mismatch: value 1: expected ''10'', got ''-14''
line 2314: query result mismatch: value 1: expected ''7506'', got ''7505''
line 2474: query result mismatch: value 1: expected ''-1240'', got ''-1239''
line 3025: query result mismatch: value 1: expected ''-15'', got ''-14''
line 3055: query result mismatch: value 1: expected ''-1'', got ''39''
line 3574: query result mismatch: value 1: expected ''53'', got ''52''
line 4061: query result mismatch: value 1: expected ''59'', got ''58''
line 4998: query result mismatch: value 1: expected ''-55'', got ''-90''
line 5327: query result mismatch: value 1: expected ''6286'', got ''6285''
line 5705: query result mismatch: value 1: expected ''-30'', got ''-29''
line 5771: query result mismatch: value 2: expected ''62'', got ''82''
line 5886: query result mismatch: value 1: expected ''5'', got ''32''
line 6196: query result mismatch: value 1: expected ''-494'', got ''-493''
line 6306: query result mismatch: value 1: expected ''98'', got ''97''
line 6589: query result mismatch: value 1: expected ''-102'', got ''-104''
line 6988: query result mismatch: value 1: expected ''-4000'', got ''-4184''
line 7519: query result mismatch: value 2: expected ''2212'', got ''2211''
line 7551: query result mismatch: value 1: expected ''32'', got ''31''
... and 273 more failed records',15426,9714,298,5414);
INSERT INTO test_results VALUES(346,20,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-24 13:32:01.142210',6831,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(347,20,'index/orderby/10/slt_good_1.test','PASS','2026-11-24 13:32:06.491589',6719,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(348,20,'index/commute/100/slt_good_0.test','PASS','2026-11-24 13:32:07.264150',6119,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(349,20,'index/commute/1000/slt_good_1.test','PASS','2026-11-24 13:32:15.411700',8916,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(350,20,'index/orderby/10/slt_good_0.test','PASS','2026-11-24 13:32:15.571879',8299,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(351,20,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-24 13:32:25.803832',10226,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(352,20,'random/aggregates/slt_good_1.test','FAIL','2026-11-24 13:32:30.696354',4884,'line 544: query result mismatch: value 1: expected ''-21'', got ''-19''
line 2200: query result mismatch: value 3: expected ''-1'', got ''-2''
line 2926: query result mismatch: value 1: expected ''-30'', got ''-29''
line 3004: query result mismatch: value 1: expected ''10'', got ''45''
line 3392: query result mismatch: value 1: expected ''104'', got ''103''
line 3816: query result mismatch: expected 2 values, got 3
line 4111: query result mismatch: value 1: expected ''-45'', got ''-44''
line 4312: query result mismatch: expected 1 values, got 2
line 4524: query result mismatch: expected 1 values, got 3
line 4580: query result mismatch: value 1: expected ''161'', got ''160''
line 4699: query result mismatch: value 1: expected ''0'', got ''-23''
line 5721: query result mismatch: value 1: expected ''114'', got ''113''
line 6039: query result mismatch: value 1: expected ''22'', got ''21''
line 6993: query result mismatch: value 1: expected ''45'', got ''44''
line 7011: query result mismatch: expected 1 values, got 3
line 7543: query result mismatch: value 1: expected ''-23'', got ''-22''
line 7634: query result mismatch: expected 6 values, got 3
line 7837: query result mismatch: value 1: expected ''3'', got ''2''
line 7972: query result mismatch: expected 1 values, got 3
line 8509: query result mismatch: value 1: expected ''-35'', got ''-34''
line 9406: query result mismatch: value 1: expected ''-6'', got ''1''
line 9805: query result mismatch: value 1: expected ''-9'', got ''-8''
line 13484: query result mismatch: expected 2 values, got 3
line 14026: query result mismatch: value 2: expected ''-68'', got ''-67''
line 14332: query result mismatch: value 1: expected ''-766'', got ''-765''
... and 148 more failed records',14128,9839,173,4116);
INSERT INTO test_results VALUES(353,20,'index/delete/10000/slt_good_0.test','PASS','2026-11-24 13:32:30.847654',15433,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(354,20,'random/aggregates/slt_good_0.test','FAIL','2026-11-24 13:32:35.675422',4973,'line 110: query result mismatch: expected 2 values, got 3
line 163: query result mismatch: value 1: expected ''0'', got ''124''
line 768: query result mismatch: value 1: expected ''53'', got ''52''
line 906: query result mismatch: value 1: expected ''-1'', got ''-20''
line 1051: query result mismatch: value 1: expected ''-56'', got ''-55''
line 1880: query result mismatch: expected 2 values, got 3
line 2135: query result mismatch: value 1: expected ''-105800'', got ''-105799''
line 4437: query result mismatch: value 1: expected ''-1090'', got ''-1089''
line 4812: query result mismatch: value 1: expected ''1'', got ''0''
line 5906: query result mismatch: value 1: expected ''65'', got ''64''
line 6524: query result mismatch: value 2: expected ''11'', got ''10''
line 6725: query result mismatch: expected 4 values, got 6
line 7013: query result mismatch: expected 1 values, got 3
line 7725: query result mismatch: value 4: expected ''-65'', got ''-64''
line 8222: query result mismatch: value 1: expected ''-67'', got ''-6''
line 8653: query result mismatch: value 1: expected ''0'', got ''16''
line 8915: query result mismatch: value 1: expected ''-1218'', got ''-1232''
line 9096: query result mismatch: value 1: expected ''112'', got ''126''
line 11525: query result mismatch: expected 2 values, got 3
line 11611: query result mismatch: value 2: expected ''4653'', got ''4652''
line 12153: query result mismatch: expected 1 values, got 3
line 12179: query result mismatch: value 1: expected ''-42'', got ''-40''
line 12508: query result mismatch: value 4: expected ''-63'', got ''-81''
line 13157: query result mismatch: value 1: expected ''-70'', got ''-69''
line 14632: query result mismatch: value 1: expected ''54'', got ''53''
... and 160 more failed records',13922,9827,185,3910);
INSERT INTO test_results VALUES(355,20,'index/commute/100/slt_good_1.test','PASS','2026-11-24 13:32:36.651544',5800,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(356,20,'index/random/10/slt_good_1.test','FAIL','2026-11-24 13:32:41.036829',4381,'line 285: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 289: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 293: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 297: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 301: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 350: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 354: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 303 more failed records',12289,9724,310,2255);
INSERT INTO test_results VALUES(357,20,'index/commute/10/slt_good_1.test','PASS','2026-11-24 13:32:41.416319',5737,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(358,20,'index/random/100/slt_good_1.test','FAIL','2026-11-24 13:32:46.109460',4689,'line 507: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 512: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 517: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 522: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 527: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1067: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1071: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 408 more failed records',12178,9708,415,2055);
INSERT INTO test_results VALUES(359,20,'index/commute/10/slt_good_0.test','PASS','2026-11-24 13:32:47.042920',6003,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(360,20,'index/random/10/slt_good_0.test','FAIL','2026-11-24 13:32:50.405532',4292,'line 245: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 250: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 255: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 260: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 265: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 269: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 274: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 343 more failed records',12172,9682,350,2140);
INSERT INTO test_results VALUES(361,20,'index/random/100/slt_good_0.test','FAIL','2026-11-24 13:32:51.345201',4298,'line 1497: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1501: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1505: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1509: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1513: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3042: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3046: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 368 more failed records',12028,9748,375,1905);
INSERT INTO test_results VALUES(362,20,'index/between/1000/slt_good_0.test','PASS','2026-11-24 13:32:54.414047',4006,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(363,20,'random/select/slt_good_1.test','FAIL','2026-11-24 13:32:56.262541',4911,'line 160: query result mismatch: expected 2 values, got 3
line 564: query result mismatch: expected 2 values, got 3
line 841: query result mismatch: value 2: expected ''22'', got ''21''
line 1210: query result mismatch: value 1: expected ''15'', got ''14''
line 1750: query result mismatch: value 2: expected ''18'', got ''17''
line 1836: query result mismatch: value 1: expected ''-205378'', got ''-205377''
line 2017: query result mismatch: value 3: expected ''7'', got ''6''
line 2817: query result mismatch: value 1: expected ''-10714'', got ''-10713''
line 4111: query result mismatch: value 1: expected ''1'', got ''0''
line 4451: query result mismatch: value 1: expected ''46'', got ''45''
line 5054: query result mismatch: value 1: expected ''1040'', got ''1039''
line 6109: query result mismatch: value 1: expected ''-1242'', got ''-1241''
line 6167: query result mismatch: expected 2 values, got 3
line 6616: query result mismatch: value 1: expected ''35'', got ''34''
line 7600: query result mismatch: value 1: expected ''-1248'', got ''-1247''
line 7651: query result mismatch: value 1: expected ''-1040'', got ''-1039''
line 8083: query result mismatch: value 1: expected ''24'', got ''23''
line 8123: query result mismatch: value 1: expected ''-1746'', got ''-1745''
line 8529: query result mismatch: value 1: expected ''1'', got ''0''
line 9447: query result mismatch: value 1: expected ''-25'', got ''-24''
line 9684: query result mismatch: value 1: expected ''-30'', got ''-29''
line 9763: query result mismatch: value 1: expected ''119652'', got ''119651''
line 10253: query result mismatch: value 1: expected ''-1721'', got ''-1720''
line 11023: query result mismatch: value 1: expected ''-31'', got ''-30''
line 11208: query result mismatch: value 1: expected ''-33'', got ''-32''
... and 176 more failed records',11319,9811,201,1307);
INSERT INTO test_results VALUES(364,20,'random/groupby/slt_good_1.test','FAIL','2026-11-24 13:32:59.905506',5487,'line 476: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT + COALESC...
line 1367: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT DISTINCT ...
line 1765: query failed: Binder Error: column "col2" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col2") if the exact value of "col2" is not important. LINE 1: SELECT DISTINCT ...
line 2902: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT DISTINCT ...
line 3157: query result mismatch: value 1: expected ''43'', got ''4''
line 3904: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT COALESCE ...
line 3971: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT COALESCE ...
line 4239: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT + COALESC...
... and 155 more failed records',10718,9849,163,706);
INSERT INTO test_results VALUES(365,20,'random/expr/slt_good_1.test','FAIL','2026-11-24 13:33:00.123374',3855,'line 4016: query result mismatch: value 1: expected ''-73'', got ''-72''
line 4050: query result mismatch: value 1: expected ''0'', got ''26''
line 4391: query result mismatch: value 1: expected ''0'', got ''14''
line 6179: query result mismatch: value 1: expected ''-37'', got ''-36''
line 8995: query result mismatch: value 1: expected ''-19'', got ''-18''
line 13436: query result mismatch: value 1: expected ''0'', got ''1''
line 14775: query result mismatch: value 1: expected ''0'', got ''34''
line 17634: query result mismatch: value 1: expected ''0'', got ''-4''
line 23673: query result mismatch: value 1: expected ''1'', got ''0''
line 30958: query result mismatch: value 1: expected ''-1'', got ''0''
line 33318: query result mismatch: value 1: expected ''0'', got ''18''
line 34680: query result mismatch: value 1: expected ''19'', got ''18''
line 35042: query result mismatch: value 1: expected ''-60'', got ''-59''
line 35066: query result mismatch: value 1: expected ''3941'', got ''3968''
line 36723: query result mismatch: value 1: expected ''-147'', got ''-185''
line 37776: query result mismatch: value 1: expected ''-1'', got ''0''
line 41838: query result mismatch: value 1: expected ''1'', got ''0''
line 42458: query result mismatch: value 1: expected ''76'', got ''75''
line 44800: query result mismatch: value 1: expected ''95'', got ''94''
line 51543: query result mismatch: value 1: expected ''-13'', got ''-12''
line 52407: query result mismatch: value 1: expected ''-1'', got ''0''
line 52767: query result mismatch: value 1: expected ''83'', got ''82''
line 53159: query result mismatch: value 1: expected ''0'', got ''-72''
line 54284: query result mismatch: value 1: expected ''-6'', got ''-5''
line 57464: query result mismatch: value 1: expected ''24'', got ''23''
... and 3 more failed records',13883,9984,28,3871);
INSERT INTO test_results VALUES(366,20,'index/view/100/slt_good_0.test','PASS','2026-11-24 13:33:04.430496',4303,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(367,20,'random/select/slt_good_0.test','FAIL','2026-11-24 13:33:05.098456',5187,'line 83: query result mismatch: value 2: expected ''-68'', got ''-67''
line 681: query result mismatch: expected 1 values, got 3
line 1038: query result mismatch: value 1: expected ''-5'', got ''-4''
line 1762: query result mismatch: value 1: expected ''7396'', got ''7395''
line 2795: query result mismatch: value 1: expected ''-16'', got ''-15''
line 3800: query result mismatch: value 1: expected ''-617'', got ''-616''
line 3888: query result mismatch: expected 2 values, got 3
line 4182: query result mismatch: value 1: expected ''-10'', got ''-12''
line 4658: query result mismatch: value 1: expected ''-2079'', got ''-2078''
line 5336: query result mismatch: expected 1 values, got 3
line 5676: query result mismatch: value 1: expected ''-1248'', got ''-1247''
line 5758: query result mismatch: expected 3 listed values, got 9 values hashing to e523d2c91275bec27962404a42c27d3b (over hash-threshold 8)
line 6011: query result mismatch: expected 2 values, got 3
line 6177: query result mismatch: value 1: expected ''-22'', got ''-21''
line 6418: query result mismatch: value 2: expected ''31'', got ''30''
line 6635: query result mismatch: value 1: expected ''26'', got ''25''
line 7103: query result mismatch: value 1: expected ''24'', got ''23''
line 7140: query result mismatch: value 1: expected ''-10'', got ''-12''
line 7314: query result mismatch: value 1: expected ''54'', got ''53''
line 7700: query result mismatch: value 1: expected ''-6'', got ''-5''
line 8540: query result mismatch: value 1: expected ''25'', got ''24''
line 8570: query result mismatch: value 1: expected ''-5'', got ''-4''
line 8689: query result mismatch: value 3: expected ''3002'', got ''3001''
line 8937: query result mismatch: value 1: expected ''-21'', got ''-20''
line 9257: query result mismatch: expected 1 values, got 3
... and 142 more failed records',11084,9845,167,1072);
INSERT INTO test_results VALUES(368,20,'index/view/100/slt_good_1.test','PASS','2026-11-24 13:33:09.157496',4055,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(369,20,'random/groupby/slt_good_0.test','FAIL','2026-11-24 13:33:09.641010',5206,'line 6297: query result mismatch: expected 2 values, got 3
line 6803: query result mismatch: expected 2 values, got 3
line 12630: query result mismatch: expected 1 values, got 3
line 14020: query result mismatch: expected 1 values, got 3
line 16506: query result mismatch: value 1: expected ''10'', got ''7''
line 17623: query result mismatch: expected 2 values, got 3
line 22887: query result mismatch: value 1: expected ''57'', got ''56''
line 27752: query result mismatch: expected 2 values, got 3
line 29046: query result mismatch: expected 1 values, got 3
line 30126: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT DISTINCT ...
line 30139: query failed: Binder Error: column "col2" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col2") if the exact value of "col2" is not important. LINE 1: SELECT ALL + 33 ...
line 30147: query failed: Binder Error: column "col2" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col2") if the exact value of "col2" is not important. LINE 1: SELECT ALL + COA...
line 30268: query failed: Binder Error: column "col2" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col2") if the exact value of "col2" is not important. LINE 1: ...INCT + ( + CA...
line 30857: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT ALL + - C...
line 31904: query result mismatch: value 1: expected ''-15'', got ''-14''
... and 77 more failed records',10559,9920,92,547);
INSERT INTO test_results VALUES(370,20,'index/view/1000/slt_good_0.test','PASS','2026-11-24 13:33:14.988481',5344,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(371,20,'index/view/10/slt_good_1.test','PASS','2026-11-24 13:33:18.865017',3873,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(372,20,'select4.test','PASS','2026-11-24 13:33:18.892242',9732,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(373,20,'index/delete/100/slt_good_0.test','PASS','2026-11-24 13:33:25.129418',6261,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(374,20,'index/delete/100/slt_good_1.test','PASS','2026-11-24 13:33:25.156513',6261,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(375,20,'index/delete/10/slt_good_1.test','PASS','2026-11-24 13:33:30.871505',5711,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(376,20,'index/delete/1000/slt_good_0.test','PASS','2026-11-24 13:33:32.188979',7057,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(377,20,'index/delete/10/slt_good_0.test','PASS','2026-11-24 13:33:36.403022',5528,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(378,20,'index/delete/1000/slt_good_1.test','PASS','2026-11-24 13:33:39.034305',6843,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(379,20,'index/delete/1/slt_good_0.test','PASS','2026-11-24 13:33:41.481644',5073,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(380,20,'index/view/10000/slt_good_0.test','PASS','2026-11-24 13:33:46.550040',7513,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(381,20,'select3.test','PASS','2026-11-24 13:33:47.103085',5619,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(382,20,'index/commute/1000/slt_good_0.test','PASS','2026-11-24 13:33:49.779509',3227,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(383,20,'index/random/1000/slt_good_0.test','FAIL','2026-11-24 13:33:50.857962',1076,'line 3589: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3593: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3597: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3601: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3605: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 5174: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 5178: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 23 more failed records',2302,2037,30,235);
INSERT INTO test_results VALUES(384,20,'select1.test','PASS','2026-11-24 13:33:52.584940',1722,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(385,20,'select2.test','PASS','2026-11-24 13:33:54.086846',1500,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(386,20,'index/random/1000/slt_good_1.test','PASS','2026-11-24 13:33:54.707313',619,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(387,20,'evidence/in1.test','FAIL','2026-11-24 13:33:54.812690',104,'line 55: query result mismatch: value 1: expected ''0'', got ''NULL''
line 61: query result mismatch: value 1: expected ''1'', got ''NULL''
line 70: query failed: Binder Error: Referenced column "t1" was not found because the FROM clause is missing LINE 1: SELECT 1 IN t1 ^^
line 81: query failed: Binder Error: Referenced column "t1" was not found because the FROM clause is missing LINE 1: SELECT 1 NOT IN t1 ^^
line 92: query failed: Binder Error: Referenced column "t1" was not found because the FROM clause is missing LINE 1: SELECT null IN t1 ^^
line 103: query failed: Binder Error: Referenced column "t1" was not found because the FROM clause is missing LINE 1: SELECT null NOT IN t1 ^^
line 117: query failed: Binder Error: Referenced column "t2" was not found because the FROM clause is missing LINE 1: SELECT 1 IN t2 ^^
line 128: query failed: Binder Error: Referenced column "t2" was not found because the FROM clause is missing LINE 1: SELECT 1 NOT IN t2 ^^
line 139: query failed: Binder Error: Referenced column "t2" was not found because the FROM clause is missing LINE 1: SELECT null IN t2 ^^
line 150: query failed: Binder Error: Referenced column "t2" was not found because the FROM clause is missing LINE 1: SELECT null NOT IN t2 ^^
line 164: query failed: Binder Error: Referenced column "t3" was not found because the FROM clause is missing LINE 1: SELECT 1 IN t3 ^^
line 175: query failed: Binder Error: Referenced column "t3" was not found because the FROM clause is missing LINE 1: SELECT 1 NOT IN t3 ^^
line 186: query failed: Binder Error: Referenced column "t3" was not found because the FROM clause is missing LINE 1: SELECT null IN t3 ^^
line 197: query failed: Binder Error: Referenced column "t3" was not found because the FROM clause is missing LINE 1: SELECT null NOT IN t3 ^^
line 240: query failed: Binder Error: Referenced column "t1" was not found because the FROM clause is missing LINE 1: SELECT 1.23 IN t1 ^^
... and 61 more failed records',216,138,76,2);
INSERT INTO test_results VALUES(388,20,'evidence/slt_lang_aggfunc.test','FAIL','2026-11-24 13:33:54.879099',65,'line 43: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(DISTINCT x) FROM t1 ^^^^^^^^^^^^^^^^^
line 58: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(DISTINCT x) FROM t1 NOT INDEXED ^^^
line 100: query failed: Binder Error: No function matches the given name and argument types ''avg(VARCHAR)''. You might need to add explicit type casts. Candidate functions: avg(x DECIMAL) -> DECIMAL avg(x SMALLINT, /) -> DOUBLE avg(x INTEGER, /) -> DOUBLE avg(x ...
line 105: query failed: Binder Error: No function matches the given name and argument types ''sum(VARCHAR)''. You might need to add explicit type casts. Candidate functions: sum(arg DECIMAL) -> DECIMAL sum(arg BOOLEAN, /) -> HUGEINT sum(arg SMALLINT, /) -> HUGEIN...
line 110: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(y) FROM t1 ^^^^^^^^
line 137: query failed: Binder Error: No function matches the given name and argument types ''avg(VARCHAR)''. You might need to add explicit type casts. Candidate functions: avg(x DECIMAL) -> DECIMAL avg(x SMALLINT, /) -> DOUBLE avg(x INTEGER, /) -> DOUBLE avg(x ...
line 142: query failed: Binder Error: No function matches the given name and argument types ''sum(VARCHAR)''. You might need to add explicit type casts. Candidate functions: sum(arg DECIMAL) -> DECIMAL sum(arg BOOLEAN, /) -> HUGEINT sum(arg SMALLINT, /) -> HUGEIN...
line 147: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(DISTINCT y) FROM t1 ^^^^^^^^^^^^^^^^^
line 239: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(x) FROM t1 NOT INDEXED ^^^
line 244: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(DISTINCT x) FROM t1 NOT INDEXED ^^^
... and 16 more failed records',80,54,26,0);
INSERT INTO test_results VALUES(389,20,'evidence/slt_lang_createtrigger.test','FAIL','2026-11-24 13:33:54.897767',17,'line 24: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
line 39: statement failed: Parser Error: syntax error at or near "DELETE" LINE 1: CREATE TRIGGER t1r2 DELETE ON t1 BEGIN SELECT 1; END; ^^^^^^
line 42: statement failed: Parser Error: syntax error at or near "INSERT" LINE 1: CREATE TRIGGER t1r3 INSERT ON t1 BEGIN SELECT 1; END; ^^^^^^
line 45: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r4 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
line 80: statement failed: Parser Error: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r5 AFTER DELETE ON t1 BEGIN SELECT 1; END; ^^^^^
line 83: statement failed: Parser Error: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r6 AFTER INSERT ON t1 BEGIN SELECT 1; END; ^^^^^
line 86: statement failed: Parser Error: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r7 AFTER UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^
line 89: statement failed: Parser Error: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r8 BEFORE DELETE ON t1 BEGIN SELECT 1; END; ^^^^^
line 92: statement failed: Parser Error: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r9 BEFORE INSERT ON t1 BEGIN SELECT 1; END; ^^^^^
line 95: statement failed: Parser Error: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r10 BEFORE UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^
line 191: statement failed: Parser Error: syntax error at or near "t1r1" LINE 1: DROP TRIGGER t1r1 ^^^^
line 194: statement failed: Parser Error: syntax error at or near "t1r2" LINE 1: DROP TRIGGER t1r2 ^^^^
line 197: statement failed: Parser Error: syntax error at or near "t1r3" LINE 1: DROP TRIGGER t1r3 ^^^^
line 200: statement failed: Parser Error: syntax error at or near "t1r4" LINE 1: DROP TRIGGER t1r4 ^^^^
... and 6 more failed records',26,6,20,0);
INSERT INTO test_results VALUES(390,20,'evidence/slt_lang_update.test','FAIL','2026-11-24 13:33:54.925743',27,'line 88: statement failed: Binder Error: Multiple assignments to same column "x"
line 98: query result mismatch: value 1: expected ''0'', got ''3''
line 104: query result mismatch: value 1: expected ''3'', got ''0''',27,24,3,0);
INSERT INTO test_results VALUES(391,20,'evidence/in2.test','FAIL','2026-11-24 13:33:54.958576',31,'line 139: query result mismatch: expected 3 values, got 0',54,52,1,1);
INSERT INTO test_results VALUES(392,20,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:33:54.990837',31,NULL,25,23,0,2);
INSERT INTO test_results VALUES(393,20,'evidence/slt_lang_reindex.test','FAIL','2026-11-24 13:33:55.012602',21,'line 37: statement failed: Parser Error: syntax error at or near "REINDEX" LINE 1: REINDEX t1i1 ^^^^^^^',7,6,1,0);
INSERT INTO test_results VALUES(394,20,'evidence/slt_lang_replace.test','FAIL','2026-11-24 13:33:55.043367',30,'line 48: statement failed: Parser Error: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(2, ''replace'') ^^^^^^^
line 51: query result mismatch: value 2: expected ''replace'', got ''insert or replace''
line 68: statement failed: Parser Error: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(4, ''replace (new)'') ^^^^^^^
line 71: query result mismatch: expected 2 values, got 0',14,10,4,0);
INSERT INTO test_results VALUES(395,20,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:33:55.070771',26,NULL,13,13,0,0);
INSERT INTO test_results VALUES(396,20,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:33:55.094913',23,NULL,12,12,0,0);
INSERT INTO test_results VALUES(397,20,'evidence/slt_lang_droptrigger.test','FAIL','2026-11-24 13:33:55.114684',19,'line 24: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
line 27: statement failed: Parser Error: syntax error at or near "t1r1" LINE 1: DROP TRIGGER t1r1 ^^^^
line 44: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^',12,9,3,0);
INSERT INTO test_results VALUES(398,20,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:33:55.131255',15,NULL,8,8,0,0);
INSERT INTO test_results VALUES(399,20,'index/view/10/slt_good_0.test','PASS','2026-11-24 13:33:55.146736',15,NULL,0,0,0,0);
INSERT INTO test_results VALUES(400,20,'select5.test','PASS','2026-11-24 13:34:00.129762',13025,NULL,1436,1436,0,0);
INSERT INTO test_results VALUES(401,21,'index/between/10/slt_good_1.test','PASS','2026-11-24 13:34:10.773709',10062,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(402,21,'index/between/1/slt_good_0.test','PASS','2026-11-24 13:34:12.320747',11610,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(403,21,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-24 13:34:17.543802',5217,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(404,21,'index/orderby/1000/slt_good_0.test','PASS','2026-11-24 13:34:20.109387',9331,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(405,21,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-24 13:34:23.128189',5579,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(406,21,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-24 13:34:27.537365',7422,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(407,21,'index/orderby/100/slt_good_0.test','PASS','2026-11-24 13:34:28.850679',5717,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(408,21,'index/orderby/100/slt_good_1.test','PASS','2026-11-24 13:34:33.921911',5065,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(409,21,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-24 13:34:35.066907',7519,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(410,21,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-24 13:34:38.730555',4803,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(411,21,'random/expr/slt_good_0.test','PASS','2026-11-24 13:34:39.277238',4201,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(412,21,'index/orderby/10/slt_good_1.test','PASS','2026-11-24 13:34:43.352382',4616,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(413,21,'index/commute/100/slt_good_0.test','PASS','2026-11-24 13:34:44.221176',4938,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(414,21,'index/orderby/10/slt_good_0.test','PASS','2026-11-24 13:34:48.763629',4537,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(415,21,'index/commute/1000/slt_good_1.test','PASS','2026-11-24 13:34:49.425050',6066,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(416,21,'index/delete/10000/slt_good_0.test','PASS','2026-11-24 13:34:50.165685',1397,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(417,21,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-24 13:34:53.786152',4352,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(418,21,'random/aggregates/slt_good_1.test','PASS','2026-11-24 13:34:54.523121',4345,NULL,14128,10012,0,4116);
INSERT INTO test_results VALUES(419,21,'random/aggregates/slt_good_0.test','PASS','2026-11-24 13:34:58.336236',4541,NULL,13922,10012,0,3910);
INSERT INTO test_results VALUES(420,21,'index/commute/100/slt_good_1.test','PASS','2026-11-24 13:34:59.026153',4492,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(421,21,'index/commute/10/slt_good_1.test','PASS','2026-11-24 13:35:02.797806',4455,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(422,21,'index/random/10/slt_good_1.test','PASS','2026-11-24 13:35:02.856559',3824,NULL,12289,10034,0,2255);
INSERT INTO test_results VALUES(423,21,'index/random/100/slt_good_1.test','PASS','2026-11-24 13:35:06.680755',3818,NULL,12178,10123,0,2055);
INSERT INTO test_results VALUES(424,21,'index/commute/10/slt_good_0.test','PASS','2026-11-24 13:35:07.314165',4508,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(425,21,'index/random/10/slt_good_0.test','PASS','2026-11-24 13:35:10.522180',3832,NULL,12172,10032,0,2140);
INSERT INTO test_results VALUES(426,21,'index/random/100/slt_good_0.test','PASS','2026-11-24 13:35:11.168733',3848,NULL,12028,10123,0,1905);
INSERT INTO test_results VALUES(427,21,'index/between/1000/slt_good_0.test','PASS','2026-11-24 13:35:14.044449',3519,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(428,21,'random/select/slt_good_1.test','PASS','2026-11-24 13:35:14.748017',3571,NULL,11319,10012,0,1307);
INSERT INTO test_results VALUES(429,21,'random/expr/slt_good_1.test','PASS','2026-11-24 13:35:17.453064',2695,NULL,13883,10012,0,3871);
INSERT INTO test_results VALUES(430,21,'random/groupby/slt_good_1.test','PASS','2026-11-24 13:35:19.137529',5086,NULL,10718,10012,0,706);
INSERT INTO test_results VALUES(431,21,'random/select/slt_good_0.test','PASS','2026-11-24 13:35:20.844045',3384,NULL,11084,10012,0,1072);
INSERT INTO test_results VALUES(432,21,'index/view/100/slt_good_0.test','PASS','2026-11-24 13:35:21.840549',2698,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(433,21,'index/view/100/slt_good_1.test','PASS','2026-11-24 13:35:24.688387',2843,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(434,21,'random/groupby/slt_good_0.test','PASS','2026-11-24 13:35:24.933745',4083,NULL,10559,10012,0,547);
INSERT INTO test_results VALUES(435,21,'index/view/1000/slt_good_0.test','PASS','2026-11-24 13:35:28.646139',3708,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(436,21,'index/view/10/slt_good_1.test','PASS','2026-11-24 13:35:31.326078',2675,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(437,21,'select4.test','PASS','2026-11-24 13:35:32.448081',7756,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(438,21,'index/delete/100/slt_good_0.test','PASS','2026-11-24 13:35:34.223936',2893,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(439,21,'index/delete/100/slt_good_1.test','PASS','2026-11-24 13:35:34.465560',2014,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(440,21,'index/delete/1000/slt_good_0.test','PASS','2026-11-24 13:35:35.149861',923,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(441,21,'index/delete/10/slt_good_1.test','PASS','2026-11-24 13:35:37.203175',2734,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(442,21,'index/delete/10/slt_good_0.test','PASS','2026-11-24 13:35:37.772808',2619,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(443,21,'index/delete/1000/slt_good_1.test','PASS','2026-11-24 13:35:38.079597',873,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(444,21,'index/delete/1/slt_good_0.test','PASS','2026-11-24 13:35:40.338761',2561,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(445,21,'index/view/10000/slt_good_0.test','PASS','2026-11-24 13:35:41.120841',3035,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(446,21,'index/commute/1000/slt_good_0.test','PASS','2026-11-24 13:35:43.444606',2320,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(447,21,'select3.test','PASS','2026-11-24 13:35:44.624203',4282,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(448,21,'index/random/1000/slt_good_0.test','PASS','2026-11-24 13:35:45.174326',548,NULL,2302,2067,0,235);
INSERT INTO test_results VALUES(449,21,'select1.test','PASS','2026-11-24 13:35:46.444275',1268,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(450,21,'select2.test','PASS','2026-11-24 13:35:47.642413',1197,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(451,21,'index/random/1000/slt_good_1.test','PASS','2026-11-24 13:35:47.707119',63,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(452,21,'evidence/in1.test','PASS','2026-11-24 13:35:47.768711',60,NULL,216,214,0,2);
INSERT INTO test_results VALUES(453,21,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:35:47.786718',17,NULL,80,80,0,0);
INSERT INTO test_results VALUES(454,21,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:35:47.789620',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(455,21,'evidence/slt_lang_update.test','PASS','2026-11-24 13:35:47.796381',6,NULL,27,27,0,0);
INSERT INTO test_results VALUES(456,21,'evidence/in2.test','PASS','2026-11-24 13:35:47.809081',12,NULL,54,53,0,1);
INSERT INTO test_results VALUES(457,21,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:35:47.812732',3,NULL,25,23,0,2);
INSERT INTO test_results VALUES(458,21,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:35:47.813797',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(459,21,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:35:47.815939',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(460,21,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:35:47.817914',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(461,21,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:35:47.818973',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(462,21,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:35:47.819871',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(463,21,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:35:47.820720',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(464,21,'index/view/10/slt_good_0.test','PASS','2026-11-24 13:35:47.821232',0,NULL,0,0,0,0);
INSERT INTO test_results VALUES(465,21,'select5.test','PASS','2026-11-24 13:35:55.927500',12481,NULL,1436,1436,0,0);
INSERT INTO test_results VALUES(466,22,'index/between/10/slt_good_1.test','PASS','2026-11-29 20:10:19.972783',7602,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(467,22,'index/between/1/slt_good_0.test','PASS','2026-11-29 20:10:21.520251',9149,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(468,22,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 20:10:25.538962',4013,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(469,22,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 20:10:26.652860',6671,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(470,22,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 20:10:29.806174',4262,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(471,22,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 20:10:31.479830',4821,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(472,22,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 20:10:34.245287',4429,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(473,22,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 20:10:36.254304',4768,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(474,22,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 20:10:37.778709',3526,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(475,22,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 20:10:39.716814',3454,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(476,22,'random/expr/slt_good_0.test','PASS','2026-11-29 20:10:40.469362',2679,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(477,22,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 20:10:43.448344',3724,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(478,22,'index/commute/100/slt_good_0.test','PASS','2026-11-29 20:10:43.879493',3404,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(479,22,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 20:10:46.992760',3108,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(480,22,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 20:10:47.708648',4253,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(481,22,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 20:10:48.073482',1075,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(482,22,'random/aggregates/slt_good_1.test','PASS','2026-11-29 20:10:50.952870',2869,NULL,14128,10012,0,4116);
INSERT INTO test_results VALUES(483,22,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 20:10:50.998177',3284,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(484,22,'index/commute/100/slt_good_1.test','PASS','2026-11-29 20:10:53.960789',2957,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(485,22,'random/aggregates/slt_good_0.test','PASS','2026-11-29 20:10:53.987558',3026,NULL,13922,10012,0,3910);
INSERT INTO test_results VALUES(486,22,'index/random/10/slt_good_1.test','PASS','2026-11-29 20:10:56.312307',2319,NULL,12289,10034,0,2255);
INSERT INTO test_results VALUES(487,22,'index/commute/10/slt_good_1.test','PASS','2026-11-29 20:10:56.997684',3032,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(488,22,'index/random/100/slt_good_1.test','PASS','2026-11-29 20:10:59.366822',2363,NULL,12178,10123,0,2055);
INSERT INTO test_results VALUES(489,22,'index/commute/10/slt_good_0.test','PASS','2026-11-29 20:10:59.447375',3130,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(490,22,'index/random/10/slt_good_0.test','PASS','2026-11-29 20:11:01.606623',2234,NULL,12172,10032,0,2140);
INSERT INTO test_results VALUES(491,22,'index/random/100/slt_good_0.test','PASS','2026-11-29 20:11:01.954761',2501,NULL,12028,10123,0,1905);
INSERT INTO test_results VALUES(492,22,'index/between/1000/slt_good_0.test','PASS','2026-11-29 20:11:04.094743',2479,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(493,22,'random/select/slt_good_1.test','PASS','2026-11-29 20:11:04.278811',2317,NULL,11319,10012,0,1307);
INSERT INTO test_results VALUES(494,22,'random/expr/slt_good_1.test','PASS','2026-11-29 20:11:06.183336',1896,NULL,13883,10012,0,3871);
INSERT INTO test_results VALUES(495,22,'random/groupby/slt_good_1.test','PASS','2026-11-29 20:11:07.581198',3481,NULL,10718,10012,0,706);
INSERT INTO test_results VALUES(496,22,'random/select/slt_good_0.test','PASS','2026-11-29 20:11:08.420900',2231,NULL,11084,10012,0,1072);
INSERT INTO test_results VALUES(497,22,'index/view/100/slt_good_0.test','PASS','2026-11-29 20:11:09.106150',1520,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(498,22,'index/view/100/slt_good_1.test','PASS','2026-11-29 20:11:10.874753',1760,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(499,22,'random/groupby/slt_good_0.test','PASS','2026-11-29 20:11:11.401217',2974,NULL,10559,10012,0,547);
INSERT INTO test_results VALUES(500,22,'index/view/1000/slt_good_0.test','PASS','2026-11-29 20:11:14.076816',2671,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(501,22,'index/view/10/slt_good_1.test','PASS','2026-11-29 20:11:15.490704',1409,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(502,22,'select4.test','PASS','2026-11-29 20:11:16.436154',5558,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(503,22,'index/delete/100/slt_good_0.test','PASS','2026-11-29 20:11:17.345520',1851,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(504,22,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 20:11:18.077925',729,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(505,22,'index/delete/100/slt_good_1.test','PASS','2026-11-29 20:11:18.342344',1903,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(506,22,'index/delete/10/slt_good_0.test','PASS','2026-11-29 20:11:20.173442',1827,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(507,22,'index/delete/10/slt_good_1.test','PASS','2026-11-29 20:11:20.576870',2495,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(508,22,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 20:11:20.954436',777,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(509,22,'index/delete/1/slt_good_0.test','PASS','2026-11-29 20:11:22.481811',1901,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(510,22,'index/view/10000/slt_good_0.test','PASS','2026-11-29 20:11:22.734737',1769,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(511,22,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 20:11:24.858054',2120,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(512,22,'select3.test','PASS','2026-11-29 20:11:25.190915',2706,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(513,22,'index/random/1000/slt_good_0.test','PASS','2026-11-29 20:11:26.172020',979,NULL,2302,2067,0,235);
INSERT INTO test_results VALUES(514,22,'select1.test','PASS','2026-11-29 20:11:27.074139',900,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(515,22,'select2.test','PASS','2026-11-29 20:11:27.949791',874,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(516,22,'index/random/1000/slt_good_1.test','PASS','2026-11-29 20:11:27.996838',46,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(517,22,'evidence/in1.test','PASS','2026-11-29 20:11:28.036386',39,NULL,216,214,0,2);
INSERT INTO test_results VALUES(518,22,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 20:11:28.048792',12,NULL,80,80,0,0);
INSERT INTO test_results VALUES(519,22,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 20:11:28.051185',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(520,22,'evidence/slt_lang_update.test','PASS','2026-11-29 20:11:28.055919',4,NULL,27,27,0,0);
INSERT INTO test_results VALUES(521,22,'evidence/in2.test','PASS','2026-11-29 20:11:28.064431',8,NULL,54,53,0,1);
INSERT INTO test_results VALUES(522,22,'evidence/slt_lang_createview.test','PASS','2026-11-29 20:11:28.066306',1,NULL,25,23,0,2);
INSERT INTO test_results VALUES(523,22,'evidence/slt_lang_reindex.test','PASS','2026-11-29 20:11:28.067147',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(524,22,'evidence/slt_lang_replace.test','PASS','2026-11-29 20:11:28.068800',1,NULL,14,14,0,0);
INSERT INTO test_results VALUES(525,22,'evidence/slt_lang_dropview.test','PASS','2026-11-29 20:11:28.070078',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(526,22,'evidence/slt_lang_droptable.test','PASS','2026-11-29 20:11:28.070997',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(527,22,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 20:11:28.071777',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(528,22,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 20:11:28.072594',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(529,22,'index/view/10/slt_good_0.test','PASS','2026-11-29 20:11:28.073030',0,NULL,0,0,0,0);
INSERT INTO test_results VALUES(530,22,'select5.test','PASS','2026-11-29 20:11:32.286120',7426,NULL,1436,1436,0,0);
INSERT INTO test_results VALUES(531,23,'index/between/10/slt_good_1.test','PASS','2026-11-29 21:00:33.330496',8442,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(532,23,'index/between/1/slt_good_0.test','PASS','2026-11-29 21:00:35.252002',10363,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(533,23,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 21:00:39.636503',4379,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(534,23,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 21:00:40.899897',7561,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(535,23,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 21:00:44.404793',4763,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(536,23,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 21:00:46.846599',5940,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(537,23,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 21:00:49.602290',5191,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(538,23,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 21:00:52.933282',6080,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(539,23,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 21:00:53.926266',4317,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(540,23,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 21:00:57.066221',4127,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(541,23,'random/expr/slt_good_0.test','PASS','2026-11-29 21:00:57.329847',3394,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(542,23,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 21:01:01.437234',4361,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(543,23,'index/commute/100/slt_good_0.test','PASS','2026-11-29 21:01:02.045948',4705,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(544,23,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 21:01:06.114602',4058,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(545,23,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 21:01:06.835420',5391,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(546,23,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 21:01:07.396980',1276,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(547,23,'random/aggregates/slt_good_1.test','PASS','2026-11-29 21:01:11.076793',3669,NULL,14128,10012,0,4116);
INSERT INTO test_results VALUES(548,23,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 21:01:11.237681',4396,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(549,23,'random/aggregates/slt_good_0.test','PASS','2026-11-29 21:01:14.871665',3785,NULL,13922,10012,0,3910);
INSERT INTO test_results VALUES(550,23,'index/commute/100/slt_good_1.test','PASS','2026-11-29 21:01:15.221950',3978,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(551,23,'index/random/10/slt_good_1.test','PASS','2026-11-29 21:01:18.334484',3106,NULL,12289,10034,0,2255);
INSERT INTO test_results VALUES(552,23,'index/commute/10/slt_good_1.test','PASS','2026-11-29 21:01:19.060581',4181,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(553,23,'index/commute/10/slt_good_0.test','PASS','2026-11-29 21:01:22.294374',3955,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(554,23,'index/random/100/slt_good_1.test','PASS','2026-11-29 21:01:22.510456',3443,NULL,12178,10123,0,2055);
INSERT INTO test_results VALUES(555,23,'index/random/10/slt_good_0.test','PASS','2026-11-29 21:01:25.748553',3444,NULL,12172,10032,0,2140);
INSERT INTO test_results VALUES(556,23,'index/random/100/slt_good_0.test','PASS','2026-11-29 21:01:25.954598',3433,NULL,12028,10123,0,1905);
INSERT INTO test_results VALUES(557,23,'random/select/slt_good_1.test','PASS','2026-11-29 21:01:28.992045',3026,NULL,11319,10012,0,1307);
INSERT INTO test_results VALUES(558,23,'index/between/1000/slt_good_0.test','PASS','2026-11-29 21:01:29.143908',3392,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(559,23,'random/expr/slt_good_1.test','PASS','2026-11-29 21:01:31.949522',2798,NULL,13883,10012,0,3871);
INSERT INTO test_results VALUES(560,23,'random/groupby/slt_good_1.test','PASS','2026-11-29 21:01:32.808419',3809,NULL,10718,10012,0,706);
INSERT INTO test_results VALUES(561,23,'random/select/slt_good_0.test','PASS','2026-11-29 21:01:34.726250',2770,NULL,11084,10012,0,1072);
INSERT INTO test_results VALUES(562,23,'index/view/100/slt_good_0.test','PASS','2026-11-29 21:01:35.014791',2197,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(563,23,'index/view/100/slt_good_1.test','PASS','2026-11-29 21:01:37.081201',2061,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(564,23,'random/groupby/slt_good_0.test','PASS','2026-11-29 21:01:38.331229',3594,NULL,10559,10012,0,547);
INSERT INTO test_results VALUES(565,23,'index/view/1000/slt_good_0.test','PASS','2026-11-29 21:01:41.472795',3137,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(566,23,'index/view/10/slt_good_1.test','PASS','2026-11-29 21:01:43.166786',1689,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(567,23,'select4.test','PASS','2026-11-29 21:01:44.376480',7292,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(568,23,'index/delete/100/slt_good_0.test','PASS','2026-11-29 21:01:45.328595',2157,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(569,23,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 21:01:46.153868',821,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(570,23,'index/delete/100/slt_good_1.test','PASS','2026-11-29 21:01:46.854330',2473,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(571,23,'index/delete/10/slt_good_1.test','PASS','2026-11-29 21:01:48.606818',2445,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(572,23,'index/delete/10/slt_good_0.test','PASS','2026-11-29 21:01:49.251919',2393,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(573,23,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 21:01:49.416317',805,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(574,23,'index/view/10000/slt_good_0.test','PASS','2026-11-29 21:01:52.407042',2985,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(575,23,'index/delete/1/slt_good_0.test','PASS','2026-11-29 21:01:52.453253',3197,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(576,23,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 21:01:54.715983',2259,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(577,23,'select3.test','PASS','2026-11-29 21:01:55.399762',2990,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(578,23,'index/random/1000/slt_good_0.test','PASS','2026-11-29 21:01:56.487551',1086,NULL,2302,2067,0,235);
INSERT INTO test_results VALUES(579,23,'select1.test','PASS','2026-11-29 21:01:57.489770',1000,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(580,23,'select2.test','PASS','2026-11-29 21:01:58.454441',963,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(581,23,'index/random/1000/slt_good_1.test','PASS','2026-11-29 21:01:58.505738',50,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(582,23,'evidence/in1.test','PASS','2026-11-29 21:01:58.547783',41,NULL,216,214,0,2);
INSERT INTO test_results VALUES(583,23,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 21:01:58.560835',12,NULL,80,80,0,0);
INSERT INTO test_results VALUES(584,23,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 21:01:58.563384',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(585,23,'evidence/slt_lang_update.test','PASS','2026-11-29 21:01:58.568431',4,NULL,27,27,0,0);
INSERT INTO test_results VALUES(586,23,'evidence/in2.test','PASS','2026-11-29 21:01:58.577227',8,NULL,54,53,0,1);
INSERT INTO test_results VALUES(587,23,'evidence/slt_lang_createview.test','PASS','2026-11-29 21:01:58.579622',2,NULL,25,23,0,2);
INSERT INTO test_results VALUES(588,23,'evidence/slt_lang_reindex.test','PASS','2026-11-29 21:01:58.584195',1,NULL,7,7,0,0);
INSERT INTO test_results VALUES(589,23,'evidence/slt_lang_replace.test','PASS','2026-11-29 21:01:58.587470',2,NULL,14,14,0,0);
INSERT INTO test_results VALUES(590,23,'evidence/slt_lang_dropview.test','PASS','2026-11-29 21:01:58.589550',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(591,23,'evidence/slt_lang_droptable.test','PASS','2026-11-29 21:01:58.590813',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(592,23,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 21:01:58.591787',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(593,23,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 21:01:58.592712',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(594,23,'index/view/10/slt_good_0.test','PASS','2026-11-29 21:01:58.593210',0,NULL,0,0,0,0);
INSERT INTO test_results VALUES(595,23,'select5.test','PASS','2026-11-29 21:01:59.181517',4463,NULL,1436,1436,0,0);
INSERT INTO test_results VALUES(596,24,'index/between/10/slt_good_1.test','PASS','2026-11-29 21:21:39.133412',8678,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(597,24,'index/between/1/slt_good_0.test','PASS','2026-11-29 21:21:40.833865',10377,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(598,24,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 21:21:45.077310',4238,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(599,24,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 21:21:46.767941',7629,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(600,24,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 21:21:49.569221',4487,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(601,24,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 21:21:52.485191',5709,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(602,24,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 21:21:54.305507',4730,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(603,24,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 21:21:58.066764',5570,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(604,24,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 21:21:58.339218',4027,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(605,24,'random/expr/slt_good_0.test','PASS','2026-11-29 21:22:01.486482',3138,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(606,24,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 21:22:02.062127',3990,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(607,24,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 21:22:05.627664',4135,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(608,24,'index/commute/100/slt_good_0.test','PASS','2026-11-29 21:22:06.354113',4286,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(609,24,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 21:22:10.267398',3903,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(610,24,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 21:22:10.422021',4785,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(611,24,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 21:22:11.914560',1643,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(612,24,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 21:22:14.102729',3674,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(613,24,'random/aggregates/slt_good_1.test','PASS','2026-11-29 21:22:15.140451',3213,NULL,14128,10012,0,4116);
INSERT INTO test_results VALUES(614,24,'random/aggregates/slt_good_0.test','PASS','2026-11-29 21:22:17.435486',3324,NULL,13922,10012,0,3910);
INSERT INTO test_results VALUES(615,24,'index/commute/100/slt_good_1.test','PASS','2026-11-29 21:22:18.713131',3565,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(616,24,'index/commute/10/slt_good_1.test','PASS','2026-11-29 21:22:21.502723',4059,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(617,24,'index/random/10/slt_good_1.test','PASS','2026-11-29 21:22:21.614542',2894,NULL,12289,10034,0,2255);
INSERT INTO test_results VALUES(618,24,'index/random/100/slt_good_1.test','PASS','2026-11-29 21:22:24.571219',2947,NULL,12178,10123,0,2055);
INSERT INTO test_results VALUES(619,24,'index/commute/10/slt_good_0.test','PASS','2026-11-29 21:22:25.104042',3596,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(620,24,'index/random/10/slt_good_0.test','PASS','2026-11-29 21:22:27.186751',2606,NULL,12172,10032,0,2140);
INSERT INTO test_results VALUES(621,24,'index/random/100/slt_good_0.test','PASS','2026-11-29 21:22:28.054337',2944,NULL,12028,10123,0,1905);
INSERT INTO test_results VALUES(622,24,'index/between/1000/slt_good_0.test','PASS','2026-11-29 21:22:30.107691',2918,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(623,24,'random/select/slt_good_1.test','PASS','2026-11-29 21:22:30.777069',2715,NULL,11319,10012,0,1307);
INSERT INTO test_results VALUES(624,24,'random/expr/slt_good_1.test','PASS','2026-11-29 21:22:33.015293',2228,NULL,13883,10012,0,3871);
INSERT INTO test_results VALUES(625,24,'random/groupby/slt_good_1.test','PASS','2026-11-29 21:22:34.211096',4098,NULL,10718,10012,0,706);
INSERT INTO test_results VALUES(626,24,'random/select/slt_good_0.test','PASS','2026-11-29 21:22:35.632570',2610,NULL,11084,10012,0,1072);
INSERT INTO test_results VALUES(627,24,'index/view/100/slt_good_0.test','PASS','2026-11-29 21:22:36.007491',1791,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(628,24,'index/view/100/slt_good_1.test','PASS','2026-11-29 21:22:38.104184',2092,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(629,24,'random/groupby/slt_good_0.test','PASS','2026-11-29 21:22:39.040025',3400,NULL,10559,10012,0,547);
INSERT INTO test_results VALUES(630,24,'index/view/1000/slt_good_0.test','PASS','2026-11-29 21:22:42.043831',2999,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(631,24,'index/view/10/slt_good_1.test','PASS','2026-11-29 21:22:43.727504',1679,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(632,24,'select4.test','PASS','2026-11-29 21:22:44.545498',6438,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(633,24,'index/delete/100/slt_good_0.test','PASS','2026-11-29 21:22:45.851043',2119,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(634,24,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 21:22:46.687387',832,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(635,24,'index/delete/100/slt_good_1.test','PASS','2026-11-29 21:22:46.842261',2293,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(636,24,'index/delete/10/slt_good_0.test','PASS','2026-11-29 21:22:49.163764',2317,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(637,24,'index/delete/10/slt_good_1.test','PASS','2026-11-29 21:22:49.680417',2989,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(638,24,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 21:22:50.158691',991,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(639,24,'index/delete/1/slt_good_0.test','PASS','2026-11-29 21:22:51.956538',2272,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(640,24,'index/view/10000/slt_good_0.test','PASS','2026-11-29 21:22:52.454737',2285,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(641,24,'select3.test','PASS','2026-11-29 21:22:55.005382',3046,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(642,24,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 21:22:55.057995',2600,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(643,24,'index/random/1000/slt_good_0.test','PASS','2026-11-29 21:22:55.532533',469,NULL,2302,2067,0,235);
INSERT INTO test_results VALUES(644,24,'select1.test','PASS','2026-11-29 21:22:56.612089',1078,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(645,24,'select2.test','PASS','2026-11-29 21:22:57.657236',1043,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(646,24,'index/random/1000/slt_good_1.test','PASS','2026-11-29 21:22:57.714746',56,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(647,24,'evidence/in1.test','PASS','2026-11-29 21:22:57.759210',43,NULL,216,214,0,2);
INSERT INTO test_results VALUES(648,24,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 21:22:57.772942',13,NULL,80,80,0,0);
INSERT INTO test_results VALUES(649,24,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 21:22:57.775626',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(650,24,'evidence/slt_lang_update.test','PASS','2026-11-29 21:22:57.781075',5,NULL,27,27,0,0);
INSERT INTO test_results VALUES(651,24,'evidence/in2.test','PASS','2026-11-29 21:22:57.790305',9,NULL,54,53,0,1);
INSERT INTO test_results VALUES(652,24,'evidence/slt_lang_createview.test','PASS','2026-11-29 21:22:57.796879',2,NULL,25,23,0,2);
INSERT INTO test_results VALUES(653,24,'evidence/slt_lang_reindex.test','PASS','2026-11-29 21:22:57.797857',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(654,24,'evidence/slt_lang_replace.test','PASS','2026-11-29 21:22:57.799763',1,NULL,14,14,0,0);
INSERT INTO test_results VALUES(655,24,'evidence/slt_lang_dropview.test','PASS','2026-11-29 21:22:57.801181',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(656,24,'evidence/slt_lang_droptable.test','PASS','2026-11-29 21:22:57.802204',1,NULL,12,12,0,0);
INSERT INTO test_results VALUES(657,24,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 21:22:57.803094',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(658,24,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 21:22:57.803883',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(659,24,'index/view/10/slt_good_0.test','PASS','2026-11-29 21:22:57.804316',0,NULL,0,0,0,0);
INSERT INTO test_results VALUES(660,24,'select5.test','PASS','2026-11-29 21:22:59.935605',4928,NULL,1436,1436,0,0);
INSERT INTO test_results VALUES(661,25,'index/between/10/slt_good_1.test','PASS','2026-11-29 22:00:37.172130',8333,NULL,10029,10029,0,0);
INSERT INTO test_results VALUES(662,25,'index/between/1/slt_good_0.test','PASS','2026-11-29 22:00:38.906798',10068,NULL,10022,10022,0,0);
INSERT INTO test_results VALUES(663,25,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 22:00:42.963419',4051,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(664,25,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 22:00:44.476554',7300,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(665,25,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 22:00:47.348277',4380,NULL,10149,10149,0,0);
INSERT INTO test_results VALUES(666,25,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 22:00:50.090754',5605,NULL,11040,11040,0,0);
INSERT INTO test_results VALUES(667,25,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 22:00:51.745292',4391,NULL,10141,10141,0,0);
INSERT INTO test_results VALUES(668,25,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 22:00:55.304431',5207,NULL,11043,11043,0,0);
INSERT INTO test_results VALUES(669,25,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 22:00:55.431649',3680,NULL,10140,10140,0,0);
INSERT INTO test_results VALUES(670,25,'random/expr/slt_good_0.test','PASS','2026-11-29 22:00:58.570113',3129,NULL,15426,10012,0,5414);
INSERT INTO test_results VALUES(671,25,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 22:00:59.116481',3805,NULL,10051,10051,0,0);
INSERT INTO test_results VALUES(672,25,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 22:01:02.558799',3980,NULL,10054,10054,0,0);
INSERT INTO test_results VALUES(673,25,'index/commute/100/slt_good_0.test','PASS','2026-11-29 22:01:03.326688',4204,NULL,10122,10122,0,0);
INSERT INTO test_results VALUES(674,25,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 22:01:07.041519',3705,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(675,25,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 22:01:07.387465',4822,NULL,10583,10583,0,0);
INSERT INTO test_results VALUES(676,25,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 22:01:08.578779',1529,NULL,20347,20347,0,0);
INSERT INTO test_results VALUES(677,25,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 22:01:11.024437',3631,NULL,10053,10053,0,0);
INSERT INTO test_results VALUES(678,25,'random/aggregates/slt_good_1.test','PASS','2026-11-29 22:01:11.918770',3328,NULL,14128,10012,0,4116);
INSERT INTO test_results VALUES(679,25,'random/aggregates/slt_good_0.test','PASS','2026-11-29 22:01:14.462138',3429,NULL,13922,10012,0,3910);
INSERT INTO test_results VALUES(680,25,'index/commute/100/slt_good_1.test','PASS','2026-11-29 22:01:15.408600',3484,NULL,10120,10120,0,0);
INSERT INTO test_results VALUES(681,25,'index/random/10/slt_good_1.test','PASS','2026-11-29 22:01:18.406787',2990,NULL,12289,10034,0,2255);
INSERT INTO test_results VALUES(682,25,'index/commute/10/slt_good_1.test','PASS','2026-11-29 22:01:18.422323',3955,NULL,10030,10030,0,0);
INSERT INTO test_results VALUES(683,25,'index/random/100/slt_good_1.test','PASS','2026-11-29 22:01:21.209824',2782,NULL,12178,10123,0,2055);
INSERT INTO test_results VALUES(684,25,'index/commute/10/slt_good_0.test','PASS','2026-11-29 22:01:22.065483',3654,NULL,10034,10034,0,0);
INSERT INTO test_results VALUES(685,25,'index/random/10/slt_good_0.test','PASS','2026-11-29 22:01:24.177294',2961,NULL,12172,10032,0,2140);
INSERT INTO test_results VALUES(686,25,'index/random/100/slt_good_0.test','PASS','2026-11-29 22:01:25.090721',3016,NULL,12028,10123,0,1905);
INSERT INTO test_results VALUES(687,25,'index/between/1000/slt_good_0.test','PASS','2026-11-29 22:01:27.200642',3020,NULL,3792,3792,0,0);
INSERT INTO test_results VALUES(688,25,'random/select/slt_good_1.test','PASS','2026-11-29 22:01:27.889160',2791,NULL,11319,10012,0,1307);
INSERT INTO test_results VALUES(689,25,'random/expr/slt_good_1.test','PASS','2026-11-29 22:01:30.185234',2287,NULL,13883,10012,0,3871);
INSERT INTO test_results VALUES(690,25,'random/groupby/slt_good_1.test','PASS','2026-11-29 22:01:31.088797',3882,NULL,10718,10012,0,706);
INSERT INTO test_results VALUES(691,25,'random/select/slt_good_0.test','PASS','2026-11-29 22:01:32.794741',2599,NULL,11084,10012,0,1072);
INSERT INTO test_results VALUES(692,25,'index/view/100/slt_good_0.test','PASS','2026-11-29 22:01:32.822781',1729,NULL,8866,7726,0,1140);
INSERT INTO test_results VALUES(693,25,'index/view/100/slt_good_1.test','PASS','2026-11-29 22:01:34.886264',2059,NULL,8172,7122,0,1050);
INSERT INTO test_results VALUES(694,25,'random/groupby/slt_good_0.test','PASS','2026-11-29 22:01:36.338860',3537,NULL,10559,10012,0,547);
INSERT INTO test_results VALUES(695,25,'index/view/1000/slt_good_0.test','PASS','2026-11-29 22:01:39.375488',3032,NULL,7693,6823,0,870);
INSERT INTO test_results VALUES(696,25,'index/view/10/slt_good_1.test','PASS','2026-11-29 22:01:41.006390',1626,NULL,8200,7135,0,1065);
INSERT INTO test_results VALUES(697,25,'select4.test','PASS','2026-11-29 22:01:41.279203',6390,NULL,3857,3857,0,0);
INSERT INTO test_results VALUES(698,25,'index/delete/100/slt_good_0.test','PASS','2026-11-29 22:01:43.019054',2008,NULL,11145,11145,0,0);
INSERT INTO test_results VALUES(699,25,'index/delete/100/slt_good_1.test','PASS','2026-11-29 22:01:43.205356',1922,NULL,10895,10895,0,0);
INSERT INTO test_results VALUES(700,25,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 22:01:43.772597',750,NULL,11924,11924,0,0);
INSERT INTO test_results VALUES(701,25,'index/delete/10/slt_good_1.test','PASS','2026-11-29 22:01:45.132796',1924,NULL,10774,10774,0,0);
INSERT INTO test_results VALUES(702,25,'index/delete/10/slt_good_0.test','PASS','2026-11-29 22:01:45.866735',2088,NULL,10730,10730,0,0);
INSERT INTO test_results VALUES(703,25,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 22:01:46.826986',1690,NULL,11838,11838,0,0);
INSERT INTO test_results VALUES(704,25,'index/view/10000/slt_good_0.test','PASS','2026-11-29 22:01:48.677769',1847,NULL,10712,10622,0,90);
INSERT INTO test_results VALUES(705,25,'index/delete/1/slt_good_0.test','PASS','2026-11-29 22:01:48.701900',2831,NULL,10907,10907,0,0);
INSERT INTO test_results VALUES(706,25,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 22:01:50.459398',1754,NULL,4741,4741,0,0);
INSERT INTO test_results VALUES(707,25,'select3.test','PASS','2026-11-29 22:01:52.103170',3422,NULL,3351,3351,0,0);
INSERT INTO test_results VALUES(708,25,'index/random/1000/slt_good_0.test','PASS','2026-11-29 22:01:52.531081',426,NULL,2302,2067,0,235);
INSERT INTO test_results VALUES(709,25,'select1.test','PASS','2026-11-29 22:01:53.587087',1054,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(710,25,'select2.test','PASS','2026-11-29 22:01:54.525409',937,NULL,1031,1031,0,0);
INSERT INTO test_results VALUES(711,25,'index/random/1000/slt_good_1.test','PASS','2026-11-29 22:01:54.597866',71,NULL,1061,1056,0,5);
INSERT INTO test_results VALUES(712,25,'evidence/in1.test','PASS','2026-11-29 22:01:54.641156',42,NULL,216,214,0,2);
INSERT INTO test_results VALUES(713,25,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 22:01:54.654284',12,NULL,80,80,0,0);
INSERT INTO test_results VALUES(714,25,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 22:01:54.656695',2,NULL,26,26,0,0);
INSERT INTO test_results VALUES(715,25,'evidence/slt_lang_update.test','PASS','2026-11-29 22:01:54.661849',5,NULL,27,27,0,0);
INSERT INTO test_results VALUES(716,25,'evidence/in2.test','PASS','2026-11-29 22:01:54.671096',9,NULL,54,53,0,1);
INSERT INTO test_results VALUES(717,25,'evidence/slt_lang_createview.test','PASS','2026-11-29 22:01:54.673335',2,NULL,25,23,0,2);
INSERT INTO test_results VALUES(718,25,'evidence/slt_lang_reindex.test','PASS','2026-11-29 22:01:54.674147',0,NULL,7,7,0,0);
INSERT INTO test_results VALUES(719,25,'evidence/slt_lang_replace.test','PASS','2026-11-29 22:01:54.675820',1,NULL,14,14,0,0);
INSERT INTO test_results VALUES(720,25,'evidence/slt_lang_dropview.test','PASS','2026-11-29 22:01:54.677101',1,NULL,13,13,0,0);
INSERT INTO test_results VALUES(721,25,'evidence/slt_lang_droptable.test','PASS','2026-11-29 22:01:54.677966',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(722,25,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 22:01:54.678760',0,NULL,12,12,0,0);
INSERT INTO test_results VALUES(723,25,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 22:01:54.679510',0,NULL,8,8,0,0);
INSERT INTO test_results VALUES(724,25,'index/view/10/slt_good_0.test','PASS','2026-11-29 22:01:54.679928',0,NULL,0,0,0,0);
INSERT INTO test_results VALUES(725,25,'select5.test','PASS','2026-11-29 22:01:54.797070',4336,NULL,1436,1436,0,0);
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL, description VARCHAR(200));
INSERT INTO schema_version VALUES(1,'2026-11-24 13:29:33.199045','SQLLogicTest results tables');
INSERT INTO schema_version VALUES(2,'2026-11-24 13:29:33.201343','engine, host and record counts; result indexes');
INSERT INTO schema_version VALUES(3,'2026-12-02 07:00:24.244925','the skipif/onlyif name of each run');
INSERT INTO schema_version VALUES(4,'2026-12-02 07:00:24.260495','benchmark runs and results; trend and regression views');
CREATE TABLE benchmark_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, git_commit VARCHAR(40), branch_name VARCHAR(200), machine_tag VARCHAR(200), engine VARCHAR(200) NOT NULL, engine_version VARCHAR(100), suite VARCHAR(50) NOT NULL, pattern VARCHAR(500), target_tps REAL, connections INTEGER, duration_s REAL, concurrency VARCHAR(20), dataset VARCHAR(500), transactions INTEGER, errors INTEGER, achieved_tps REAL, sustained INTEGER, interrupted INTEGER, host VARCHAR(200), label VARCHAR(500));
INSERT INTO benchmark_runs VALUES(1,'2026-12-02 07:00:24.128734','2026-12-02 07:00:34.891362','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','read-heavy',50.0,1,10.013,'processes','bench-results/notebook/results.sql',500,0,49.93647343017962,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(2,'2026-12-02 07:00:43.160252','2026-12-02 07:00:53.893093','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','oltp',50.0,1,10.004,'processes','bench-results/notebook/results.sql',500,0,49.98181259304596,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(3,'2026-12-02 07:01:01.276696','2026-12-02 07:01:12.009084','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','reporting',50.0,1,10.075,'processes','bench-results/notebook/results.sql',183,0,18.164639044375345,0,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(4,'2026-12-02 07:01:16.752252','2026-12-02 07:01:26.949961','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','read-heavy',50.0,1,10.008,'threads','bench-results/notebook/results.sql',500,0,49.95938193836481,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(5,'2026-12-02 07:01:31.437001','2026-12-02 07:01:41.607663','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','oltp',50.0,1,10.002,'threads','bench-results/notebook/results.sql',500,0,49.9884507932954,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(6,'2026-12-02 07:01:44.669101','2026-12-02 07:01:54.815710','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','reporting',50.0,1,10.006,'threads','bench-results/notebook/results.sql',500,0,49.97216612313005,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(7,'2026-12-02 07:02:30.704118','2026-12-02 07:02:40.953624','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','workload','read-heavy',50.0,1,10.012,'threads','bench-results/notebook/results.sql',500,0,49.94054535626401,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(8,'2026-12-02 07:03:22.628262','2026-12-02 07:03:32.861187','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','workload','oltp',50.0,1,10.009,'threads','bench-results/notebook/results.sql',500,0,49.95310839273283,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(9,'2026-12-02 07:04:07.552121','2026-12-02 07:04:17.788223','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','workload','reporting',50.0,1,10.0,'threads','bench-results/notebook/results.sql',500,0,49.99768199746721,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(10,'2026-12-02 07:04:23.864734','2026-12-02 07:04:34.486589','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','read-heavy',200.0,1,10.009,'processes','bench-results/notebook/sessions.sql',2000,0,199.82884014394804,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(11,'2026-12-02 07:04:37.456360','2026-12-02 07:04:47.632429','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','read-heavy',200.0,1,10.005,'threads','bench-results/notebook/sessions.sql',2000,0,199.89420325439698,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(12,'2026-12-02 07:04:55.405758','2026-12-02 07:05:11.723927','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','corpus','select1.test in1.test slt_lang_update.test',NULL,1,15.565,'processes','../shared/sqllogictest/select1.test ../shared/sqllogictest/evidence/in1.test ../shared/sqllogictest/evidence/slt_lang_update.test',3,0,81.84906149206637,NULL,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(13,'2026-12-02 07:05:14.232401','2026-12-02 07:05:15.089452','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,0.812,'processes','../shared/sqllogictest/select1.test ../shared/sqllogictest/evidence/in1.test ../shared/sqllogictest/evidence/slt_lang_update.test',3,0,1569.7814826988024,NULL,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(14,'2026-12-02 07:05:17.312436','2026-12-02 07:05:38.688801','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,21.316,'processes','../shared/sqllogictest/select1.test ../shared/sqllogictest/evidence/in1.test ../shared/sqllogictest/evidence/slt_lang_update.test',3,0,59.76753767320835,NULL,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(15,'2026-12-02 07:05:46.697288','2026-12-02 07:05:57.405018','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','read-heavy',50.0,1,10.006,'processes','bench-results/notebook/results.sql',500,0,49.971230927716114,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(16,'2026-12-02 07:06:05.162003','2026-12-02 07:06:16.014418','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','oltp',50.0,1,10.009,'processes','bench-results/notebook/results.sql',500,0,49.95648162497511,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(17,'2026-12-02 07:06:23.938096','2026-12-02 07:06:34.679217','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','reporting',50.0,1,10.019,'processes','bench-results/notebook/results.sql',169,0,16.867606194115627,0,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(18,'2026-12-02 07:06:38.727253','2026-12-02 07:06:48.918273','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','read-heavy',50.0,1,10.01,'threads','bench-results/notebook/results.sql',500,0,49.952513901465295,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(19,'2026-12-02 07:06:53.692095','2026-12-02 07:07:03.878623','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','oltp',50.0,1,10.011,'threads','bench-results/notebook/results.sql',500,0,49.94412595801621,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(20,'2026-12-02 07:07:09.176166','2026-12-02 07:07:19.542375','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','reporting',50.0,1,10.005,'threads','bench-results/notebook/results.sql',500,0,49.97598407583871,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(21,'2026-12-02 07:08:17.588236','2026-12-02 07:08:27.873277','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','workload','read-heavy',50.0,1,10.001,'threads','bench-results/notebook/results.sql',500,0,49.994948075491386,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(22,'2026-12-02 07:09:16.165210','2026-12-02 07:09:26.457045','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','workload','oltp',50.0,1,10.001,'threads','bench-results/notebook/results.sql',500,0,49.99519303717968,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(23,'2026-12-02 07:10:14.448697','2026-12-02 07:10:24.746866','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','workload','reporting',50.0,1,10.006,'threads','bench-results/notebook/results.sql',500,0,49.96939691244978,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(24,'2026-12-02 07:10:31.684494','2026-12-02 07:10:42.245799','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','workload','read-heavy',200.0,1,10.004,'processes','bench-results/notebook/sessions.sql',2000,0,199.91873173606237,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(25,'2026-12-02 07:10:47.062932','2026-12-02 07:10:57.302797','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','workload','read-heavy',200.0,1,10.006,'threads','bench-results/notebook/sessions.sql',1999,0,199.780925394122,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(26,'2026-12-02 07:11:02.506806','2026-12-02 07:11:15.501910','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','vibesql','0.1.0','corpus','select1.test in1.test slt_lang_update.test',NULL,1,12.424,'processes','../shared/sqllogictest/select1.test ../shared/sqllogictest/evidence/in1.test ../shared/sqllogictest/evidence/slt_lang_update.test',3,0,102.54060914556756,NULL,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(27,'2026-12-02 07:11:17.972958','2026-12-02 07:11:18.526643','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','sqlite','3.40.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,0.513,'processes','../shared/sqllogictest/select1.test ../shared/sqllogictest/evidence/in1.test ../shared/sqllogictest/evidence/slt_lang_update.test',3,0,2481.472312917978,NULL,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(28,'2026-12-02 07:11:20.644215','2026-12-02 07:11:39.649501','8e190887253dd1c8ee42ea5ec42b822e95c76e3a','bench','bundled','duckdb','2.0.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,18.975,'processes','../shared/sqllogictest/select1.test ../shared/sqllogictest/evidence/in1.test ../shared/sqllogictest/evidence/slt_lang_update.test',3,0,67.1405562187523,NULL,0,'vm','round 2');
CREATE TABLE benchmark_results (result_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, operation VARCHAR(500) NOT NULL, count INTEGER NOT NULL, errors INTEGER NOT NULL, tps REAL, mean_ms REAL, p50_ms REAL, p95_ms REAL, p99_ms REAL, max_ms REAL, min_ms REAL, UNIQUE (run_id, operation), FOREIGN KEY (run_id) REFERENCES benchmark_runs (run_id));
INSERT INTO benchmark_results VALUES(1,1,'child_lookup',43,0,4.294536714995447,0.545726930330031,0.4039980012748856,0.6633940010942752,3.5739819995797006,3.5739819995797006,0.24244499945780262);
INSERT INTO benchmark_results VALUES(2,1,'point_select',358,0,35.75451497600861,0.41338656702672827,0.3443360001256224,0.543139000001247,3.685591000248678,7.757707000564551,0.19018700004380662);
INSERT INTO benchmark_results VALUES(3,1,'range_scan',81,0,8.089708695689097,6.311811617302333,2.6433269995322917,20.67647100011527,30.192805999831762,30.192805999831762,0.9570049987814855);
INSERT INTO benchmark_results VALUES(4,1,'update',18,0,1.7977130434864663,3.0176538335177203,2.1547399992414284,8.995508000225527,8.995508000225527,8.995508000225527,1.1639519998425385);
INSERT INTO benchmark_results VALUES(5,1,'all',500,0,49.93647343017962,1.474066318009136,0.36973300120735075,7.709806999628199,20.49064300081227,30.192805999831762,0.19018700004380662);
INSERT INTO benchmark_results VALUES(6,2,'delete',38,0,3.798617757071493,1.626280842078574,1.4606790009565884,3.1854939988988917,5.155778000698774,5.155778000698774,0.9616129991627531);
INSERT INTO benchmark_results VALUES(7,2,'insert',69,0,6.897490137840343,0.7751999276123294,0.614823000432807,1.8806360003509326,4.811913000594359,4.811913000594359,0.20660799964389298);
INSERT INTO benchmark_results VALUES(8,2,'point_select',240,0,23.991270044662063,0.4031879207786915,0.339145999532775,0.48669300122128334,2.856896999219316,6.528060999698937,0.21205699886195362);
INSERT INTO benchmark_results VALUES(9,2,'range_scan',53,0,5.298072134862872,5.893075849015523,2.664977000677027,16.908995999983745,22.11416700083646,22.11416700083646,1.1093399989476893);
INSERT INTO benchmark_results VALUES(10,2,'update',100,0,9.996362518609192,2.2034295400590054,1.8204440002591582,3.0184699990059016,11.741596999854664,12.533671999335638,1.099682000130997);
INSERT INTO benchmark_results VALUES(11,2,'all',500,0,49.98181259304596,1.4894570839896915,0.5432480011222651,4.811913000594359,15.559567000309471,22.11416700083646,0.20660799964389298);
INSERT INTO benchmark_results VALUES(12,3,'aggregate',58,0,5.75709871351787,88.34907193102417,74.94859899998119,202.02161700035504,227.97025500040036,227.97025500040036,42.11860699979297);
INSERT INTO benchmark_results VALUES(13,3,'time_buckets',67,0,6.650441617339608,23.137060343260735,23.764812000081292,40.310186999704456,48.34477300028084,48.34477300028084,5.40159800038964);
INSERT INTO benchmark_results VALUES(14,3,'top_parents',58,0,5.75709871351787,56.0607185862268,45.290045000001555,159.93346699906397,212.59817999998631,212.59817999998631,25.65692000098352);
INSERT INTO benchmark_results VALUES(15,3,'all',183,0,18.164639044375345,54.24016881420233,44.1315919997578,152.5458140004048,218.3988569995563,227.97025500040036,5.40159800038964);
INSERT INTO benchmark_results VALUES(16,4,'child_lookup',43,0,4.296506846699373,0.24328741858690317,0.23491999854741152,0.34763199982990045,0.41642100040917285,0.41642100040917285,0.17903600019053556);
INSERT INTO benchmark_results VALUES(17,4,'point_select',358,0,35.7709174678692,0.23008844687336927,0.20558600044751074,0.2843630009010667,1.3007090001337929,2.9021219997957814,0.13346000014280435);
INSERT INTO benchmark_results VALUES(18,4,'range_scan',81,0,8.093419874015098,0.6358918272545215,0.31190499976219144,1.4707770005770726,7.836644999770215,7.836644999770215,0.1884339999378426);
INSERT INTO benchmark_results VALUES(19,4,'update',18,0,1.798537749781133,0.5017860001114767,0.4501839994190959,0.9504029985691886,0.9504029985691886,0.9504029985691886,0.32275499870593194);
INSERT INTO benchmark_results VALUES(20,4,'all',500,0,49.95938193836481,0.30674481797905173,0.2170469997508917,0.8755020007811254,1.636798999243183,7.836644999770215,0.13346000014280435);
INSERT INTO benchmark_results VALUES(21,5,'delete',38,0,3.7991222602904506,0.42486160528872124,0.2233989998785546,0.3037789992959006,7.932745000289287,7.932745000289287,0.15140399955271278);
INSERT INTO benchmark_results VALUES(22,5,'insert',69,0,6.898406209474765,0.5682722319603352,0.5120000005263137,0.7967540004756302,3.1327350006904453,3.1327350006904453,0.34509699980844744);
INSERT INTO benchmark_results VALUES(23,5,'point_select',240,0,23.99445638078179,0.227844283366115,0.2085209998767823,0.30217600033211056,0.38909899922145996,2.5605420014471747,0.07885800005169585);
INSERT INTO benchmark_results VALUES(24,5,'range_scan',53,0,5.298775784089313,0.7951310000759615,0.35636900065583177,2.568636000432889,8.47335799880966,8.47335799880966,0.21115600065968465);
INSERT INTO benchmark_results VALUES(25,5,'update',100,0,9.997690158659081,0.5488080899522174,0.4331720010668505,0.6662089999736054,0.8230439998442307,9.804825000173878,0.2901939988078084);
INSERT INTO benchmark_results VALUES(26,5,'all',500,0,49.9884507932954,0.4141218100266997,0.2592760010884376,0.7738000003882917,2.568636000432889,9.804825000173878,0.07885800005169585);
INSERT INTO benchmark_results VALUES(27,6,'aggregate',140,0,13.992206514476415,5.904448450045103,4.462136999791255,11.62139200096135,12.52034699973592,12.648797999645467,2.6319649987271987);
INSERT INTO benchmark_results VALUES(28,6,'time_buckets',181,0,18.089924136573078,1.6935965138562608,1.5105020011105807,2.481433000866673,8.325802000399563,8.901300998331863,0.6865970008220756);
INSERT INTO benchmark_results VALUES(29,6,'top_parents',179,0,17.89003547208056,2.512935994297179,2.3959430000104476,3.0474840004899306,7.652057998711825,7.955507999213296,1.6981039989332203);
INSERT INTO benchmark_results VALUES(30,6,'all',500,0,49.97216612313005,3.1659585899869853,2.3656149987800745,8.422533001066768,11.963253000430996,12.648797999645467,0.6865970008220756);
INSERT INTO benchmark_results VALUES(31,7,'child_lookup',43,0,4.294886900638705,3.5980558837594754,3.5342169994692085,4.676247999668703,6.130564999693888,6.130564999693888,2.4408869994658744);
INSERT INTO benchmark_results VALUES(32,7,'point_select',358,0,35.75743047508503,3.2716980754662344,3.0594159998145187,4.6506010003213305,9.16478500039375,15.561910000542412,2.025878999120323);
INSERT INTO benchmark_results VALUES(33,7,'range_scan',81,0,8.090368347714769,7.131167617365991,6.073627999285236,14.463551000517327,22.55233899995801,22.55233899995801,3.638242000306491);
INSERT INTO benchmark_results VALUES(34,7,'update',18,0,1.7978596328255043,3.794350111093081,3.3885340017150156,13.617615000839578,13.617615000839578,13.617615000839578,2.406261999567505);
INSERT INTO benchmark_results VALUES(35,7,'all',500,0,49.94054535626401,3.9438143860497803,3.239054000005126,7.251046999954269,14.463551000517327,22.55233899995801,2.025878999120323);
INSERT INTO benchmark_results VALUES(36,8,'delete',38,0,3.7964362378476952,3.881665657804421,3.3665930004644906,12.841589999879943,14.056287000130396,14.056287000130396,2.2569719985767733);
INSERT INTO benchmark_results VALUES(37,8,'insert',69,0,6.89352895819713,7.801935898448615,5.50156600002083,13.617855000120471,54.93031200057885,54.93031200057885,2.663925000888412);
INSERT INTO benchmark_results VALUES(38,8,'point_select',240,0,23.977492028511758,4.7813512166840155,3.5018459984712536,9.534348000670434,12.869501999375643,14.715774001160753,2.2008569994795835);
INSERT INTO benchmark_results VALUES(39,8,'range_scan',53,0,5.2950294896296795,11.185197886831856,8.766388000367442,24.611058999653324,51.01642299996456,51.01642299996456,3.780918999837013);
INSERT INTO benchmark_results VALUES(40,8,'update',100,0,9.990621678546566,5.074475560049905,3.5630420006782515,11.67598500069289,14.773160999538959,15.514962999077397,2.130445000148029);
INSERT INTO benchmark_results VALUES(41,8,'all',500,0,49.95310839273283,5.86724841600153,3.792130999499932,13.178191000406514,24.108527000862523,54.93031200057885,2.130445000148029);
INSERT INTO benchmark_results VALUES(42,9,'aggregate',140,0,13.999350959290819,10.971689235559877,9.976768000342418,20.396116000483744,27.907771000172943,36.656677000792115,2.400210998530383);
INSERT INTO benchmark_results VALUES(43,9,'time_buckets',181,0,18.09916088308313,13.771557386668537,12.054814000293845,27.69123399957607,51.65427900101349,54.79706199912471,3.0136309997033095);
INSERT INTO benchmark_results VALUES(44,9,'top_parents',179,0,17.899170155093262,18.924643385495003,17.382504000124754,35.21730799911893,52.178530999299255,75.1154410008894,4.21716700111574);
INSERT INTO benchmark_results VALUES(45,9,'all',500,0,49.99768199746721,14.832399091937987,13.303566000104183,29.018613999141962,48.453756999151665,75.1154410008894,2.400210998530383);
INSERT INTO benchmark_results VALUES(46,10,'child_lookup',190,0,18.98373981367506,1.122149499966135,0.8743099988350878,2.183263999540941,17.17686899974069,22.71929100061243,0.10828300037246663);
INSERT INTO benchmark_results VALUES(47,10,'point_select',1402,0,140.08001694090757,0.40935583737584663,0.24732400015636813,0.9620639993954683,2.4979739991977112,21.60882899988792,0.02634900010889396);
INSERT INTO benchmark_results VALUES(48,10,'range_scan',305,0,30.473898121952075,1.971312711522514,1.2229530002514366,3.68522000098892,17.523849001008784,64.05186499978299,0.39596299939148594);
INSERT INTO benchmark_results VALUES(49,10,'update',103,0,10.291185267413324,1.305508640726454,1.0612199985189363,2.5341109994769795,5.185232999792788,9.189622000121744,0.6530649989144877);
INSERT INTO benchmark_results VALUES(50,10,'all',2000,0,199.82884014394804,0.761421528001847,0.31827699967834633,1.6489120007463498,6.63901900043129,64.05186499978299,0.02634900010889396);
INSERT INTO benchmark_results VALUES(51,11,'child_lookup',190,0,18.989949309167713,0.21839297361638227,0.18940500012831762,0.41568999949959107,0.5454530000861268,0.7432129987137159,0.0741989988455316);
INSERT INTO benchmark_results VALUES(52,11,'point_select',1402,0,140.12583648133227,0.15522828463234095,0.14643500071542803,0.22022299890522845,0.29879999965487514,3.570846000002348,0.020978999600629322);
INSERT INTO benchmark_results VALUES(53,11,'range_scan',305,0,30.48386599629554,0.3210799049559339,0.21135600036359392,0.825147000796278,1.2380520001897821,2.5517550002405187,0.0689289990987163);
INSERT INTO benchmark_results VALUES(54,11,'update',103,0,10.294551467601444,0.3849574174451951,0.3525709998939419,0.6334080007945886,0.8766139999352163,2.0515470005193492,0.18172100135416258);
INSERT INTO benchmark_results VALUES(55,11,'all',2000,0,199.89420325439698,0.1983523525250348,0.15740500020910986,0.43944400022155605,0.8566760006942786,3.570846000002348,0.020978999600629322);
INSERT INTO benchmark_results VALUES(56,12,'evidence/in1.test',1,0,267.65799256505574,807.0,807.0,807.0,807.0,807.0,807.0);
INSERT INTO benchmark_results VALUES(57,12,'evidence/slt_lang_update.test',1,0,300.0,90.0,90.0,90.0,90.0,90.0,90.0);
INSERT INTO benchmark_results VALUES(58,12,'select1.test',1,0,70.44274391910358,14636.0,14636.0,14636.0,14636.0,14636.0,14636.0);
INSERT INTO benchmark_results VALUES(59,12,'all',3,0,81.84906149206637,5177.666666666666,807.0,14636.0,14636.0,14636.0,90.0);
INSERT INTO benchmark_results VALUES(60,13,'evidence/in1.test',1,0,3857.142857142857,56.0,56.0,56.0,56.0,56.0,56.0);
INSERT INTO benchmark_results VALUES(61,13,'evidence/slt_lang_update.test',1,0,5400.0,5.0,5.0,5.0,5.0,5.0,5.0);
INSERT INTO benchmark_results VALUES(62,13,'select1.test',1,0,1410.3967168262654,731.0,731.0,731.0,731.0,731.0,731.0);
INSERT INTO benchmark_results VALUES(63,13,'all',3,0,1569.7814826988024,264.0,56.0,731.0,731.0,731.0,5.0);
INSERT INTO benchmark_results VALUES(64,14,'evidence/in1.test',1,0,601.6713091922006,359.0,359.0,359.0,359.0,359.0,359.0);
INSERT INTO benchmark_results VALUES(65,14,'evidence/slt_lang_update.test',1,0,250.0,108.0,108.0,108.0,108.0,108.0,108.0);
INSERT INTO benchmark_results VALUES(66,14,'select1.test',1,0,49.49354327684701,20831.0,20831.0,20831.0,20831.0,20831.0,20831.0);
INSERT INTO benchmark_results VALUES(67,14,'all',3,0,59.76753767320835,7099.333333333333,359.0,20831.0,20831.0,20831.0,108.0);
INSERT INTO benchmark_results VALUES(68,15,'child_lookup',43,0,4.297525859783586,0.43727644181270203,0.31482099984714296,0.4931050007144222,3.206372999557061,3.206372999557061,0.2140809992852155);
INSERT INTO benchmark_results VALUES(69,15,'point_select',358,0,35.77940134424474,0.3570391173073215,0.30554300064977724,0.4403260008984944,2.6702969989855774,8.420940001087729,0.18093899961968418);
INSERT INTO benchmark_results VALUES(70,15,'range_scan',81,0,8.095339410290011,4.942400037202507,2.497493000191753,15.930520999972941,23.01652900132467,23.01652900132467,1.0164060004171915);
INSERT INTO benchmark_results VALUES(71,15,'update',18,0,1.7989643133977802,2.615287389037096,1.8237499989481876,8.197250999728567,8.197250999728567,8.197250999728567,1.300298001297051);
INSERT INTO benchmark_results VALUES(72,15,'all',500,0,49.971230927716114,1.1880649340200762,0.32724300035624765,5.908379000175046,15.53337699988333,23.01652900132467,0.18093899961968418);
INSERT INTO benchmark_results VALUES(73,16,'delete',38,0,3.7966926034981086,2.164624263250995,1.3180610003473703,12.713128999166656,13.104441999530536,13.104441999530536,0.8421090005867882);
INSERT INTO benchmark_results VALUES(74,16,'insert',69,0,6.893994464246565,0.8262692465813007,0.56005000078585,1.5484840005228762,8.738335000089137,8.738335000089137,0.40338700091524515);
INSERT INTO benchmark_results VALUES(75,16,'point_select',240,0,23.979111179988053,0.4228760209268027,0.28081600066798273,0.44865100062452257,5.213845999605837,10.852589999558404,0.19568700008676387);
INSERT INTO benchmark_results VALUES(76,16,'range_scan',53,0,5.295387052247362,6.311929924434154,2.12924299921724,23.33855300094001,28.530978999697254,28.530978999697254,1.0874290001083864);
INSERT INTO benchmark_results VALUES(77,16,'update',100,0,9.991296324995023,2.2422059000382433,1.6626470005576266,6.720260998918093,10.616698000376346,10.841239000001224,1.0780220000015106);
INSERT INTO benchmark_results VALUES(78,16,'all',500,0,49.95648162497511,1.5990228420778294,0.4907000002276618,8.387718999074423,14.10379700064368,28.530978999697254,0.19568700008676387);
INSERT INTO benchmark_results VALUES(79,17,'aggregate',50,0,4.99041603376202,99.07809789991006,83.17834999979823,244.31547399944975,270.7371079995937,270.7371079995937,40.22508799971547);
INSERT INTO benchmark_results VALUES(80,17,'time_buckets',64,0,6.387732523215385,24.38684114056855,22.58677300051204,42.23420499874919,102.44107099970279,102.44107099970279,3.1386259997816524);
INSERT INTO benchmark_results VALUES(81,17,'top_parents',55,0,5.489457637138222,60.00599887285551,46.734283001569565,189.38865800009808,249.78731400005927,249.78731400005927,12.437351999324164);
INSERT INTO benchmark_results VALUES(82,17,'all',169,0,16.867606194115627,58.076879680467115,42.17006500039133,162.33882699998503,249.78731400005927,270.7371079995937,3.1386259997816524);
INSERT INTO benchmark_results VALUES(83,18,'child_lookup',43,0,4.295916195526015,0.18865174405259177,0.19221000002289657,0.24599100106570404,0.33735299984982703,0.33735299984982703,0.12611700003617443);
INSERT INTO benchmark_results VALUES(84,18,'point_select',358,0,35.76599995344915,0.2331928910950801,0.16116199913085438,0.21709800057578832,2.307598000697908,9.942553000655607,0.029756000003544614);
INSERT INTO benchmark_results VALUES(85,18,'range_scan',81,0,8.092307252037378,0.5410299506848664,0.2783719992294209,1.3683259985555196,3.627001000495511,3.627001000495511,0.1437800001440337);
INSERT INTO benchmark_results VALUES(86,18,'update',18,0,1.7982905004527507,0.3827532778409983,0.3291770008218009,0.5741559998568846,0.5741559998568846,0.5741559998568846,0.27763099933508784);
INSERT INTO benchmark_results VALUES(87,18,'all',500,0,49.952513901465295,0.28461613002582453,0.17107100029534195,0.7649340004718397,2.3493749995395774,9.942553000655607,0.029756000003544614);
INSERT INTO benchmark_results VALUES(88,19,'delete',38,0,3.7957535728092315,0.2591142103579171,0.1737549991958076,0.26746200092020445,3.4315449993300717,3.4315449993300717,0.10449600085848942);
INSERT INTO benchmark_results VALUES(89,19,'insert',69,0,6.892289382206236,0.4423204492554035,0.4059509992657695,0.5410250014392659,2.7770469987444812,2.7770469987444812,0.27287199918646365);
INSERT INTO benchmark_results VALUES(90,19,'point_select',240,0,23.97318045984778,0.17514407078730682,0.15900800099188928,0.22616400019614957,0.3106320000370033,2.1455930000229273,0.0745899997127708);
INSERT INTO benchmark_results VALUES(91,19,'range_scan',53,0,5.294077351549718,0.618060132114377,0.2766899997368455,2.494927999578067,3.7107480002305238,3.7107480002305238,0.12933299876749516);
INSERT INTO benchmark_results VALUES(92,19,'update',100,0,9.988825191603242,0.44817406009315164,0.3689719997055363,0.6417130007321248,2.757000000201515,4.672301000027801,0.24054099958448205);
INSERT INTO benchmark_results VALUES(93,19,'all',500,0,49.94412595801621,0.31995124198510894,0.1972700010810513,0.6417130007321248,2.757000000201515,4.672301000027801,0.0745899997127708);
INSERT INTO benchmark_results VALUES(94,20,'aggregate',140,0,13.993275541234839,6.302302235859055,3.9640739996684715,13.207035000959877,15.806649000296602,17.776414000763907,2.0722350000141887);
INSERT INTO benchmark_results VALUES(95,20,'time_buckets',181,0,18.09130623545361,1.5484322099249395,1.239884999449714,4.590427999573876,6.737474001056398,7.337738999922294,0.5696480002370663);
INSERT INTO benchmark_results VALUES(96,20,'top_parents',179,0,17.891402299150258,2.9826113631768028,2.241021998997894,7.899853999333573,9.825703999013058,10.963658000036958,1.3045760006207274);
INSERT INTO benchmark_results VALUES(97,20,'all',500,0,49.97598407583871,3.392951954050659,2.2007270017638803,10.512712999116047,13.474586998199811,17.776414000763907,0.5696480002370663);
INSERT INTO benchmark_results VALUES(98,21,'child_lookup',43,0,4.29956553449226,11.3863526977332,11.159656000018003,21.221832999799517,27.900987000975874,27.900987000975874,2.2136810002848506);
INSERT INTO benchmark_results VALUES(99,21,'point_select',358,0,35.79638282205183,8.82189191058931,8.510128000125405,18.64620400010608,26.034337999590207,28.59404799892218,1.7419770010747015);
INSERT INTO benchmark_results VALUES(100,21,'range_scan',81,0,8.099181588229605,23.440378864158703,21.286625000357162,39.976191001187544,70.5033430003823,70.5033430003823,4.819497000426054);
INSERT INTO benchmark_results VALUES(101,21,'update',18,0,1.79981813071769,8.298808055466603,7.062442999085761,21.442106999529642,21.442106999529642,21.442106999529642,2.7263820011285134);
INSERT INTO benchmark_results VALUES(102,21,'all',500,0,49.994948075491386,11.391799405977508,9.503279001364717,27.885419000085676,37.53483299988147,70.5033430003823,1.7419770010747015);
INSERT INTO benchmark_results VALUES(103,22,'delete',38,0,3.799634670825656,5.452239236882106,4.705784000179847,12.672352000663523,12.682290998782264,12.682290998782264,1.7121910004789243);
INSERT INTO benchmark_results VALUES(104,22,'insert',69,0,6.899336639130796,10.593140840590923,9.429972000361886,22.3003860010067,77.66210599947954,77.66210599947954,2.508063000277616);
INSERT INTO benchmark_results VALUES(105,22,'point_select',240,0,23.997692657846247,6.145431462535574,4.7134380001807585,12.759576000462403,16.445227000076557,45.96032200061018,1.6655029994581128);
INSERT INTO benchmark_results VALUES(106,22,'range_scan',53,0,5.299490461941047,16.738139735746202,16.697600000043167,31.480139999985113,44.28363800070656,44.28363800070656,3.7988339990988607);
INSERT INTO benchmark_results VALUES(107,22,'update',100,0,9.999038607435937,6.493514159992628,4.57092000033299,12.56982000086282,23.948375999680138,29.86122400034219,2.059753000139608);
INSERT INTO benchmark_results VALUES(108,22,'all',500,0,49.99519303717968,7.898976364009287,6.344024999634712,20.21266199881211,31.480139999985113,77.66210599947954,1.6655029994581128);
INSERT INTO benchmark_results VALUES(109,23,'aggregate',140,0,13.991431135485938,7.6355225571205665,8.03816299958271,12.35652000104892,14.236334998713573,18.247316000270075,2.680265999515541);
INSERT INTO benchmark_results VALUES(110,23,'time_buckets',181,0,18.08892168230682,9.591038232062315,9.577308999723755,15.90620599927206,19.825124998533283,19.84116499988886,2.970540001115296);
INSERT INTO benchmark_results VALUES(111,23,'top_parents',179,0,17.88904409465702,13.828838229000207,12.789331000021775,23.856564001107472,30.700557999807643,40.76802500094345,3.6731169984705048);
INSERT INTO benchmark_results VALUES(112,23,'all',500,0,49.96939691244978,10.56062624198239,10.22263899903919,19.225551000999985,24.03593999952136,40.76802500094345,2.680265999515541);
INSERT INTO benchmark_results VALUES(113,24,'child_lookup',190,0,18.992279514925922,0.8011212737409025,0.7376529993052827,1.096295998650021,5.225859000347555,6.4081359996635,0.12773900016327389);
INSERT INTO benchmark_results VALUES(114,24,'point_select',1402,0,140.1430309469797,0.3182309885969763,0.22676499975204933,0.849322999783908,1.0058560001198202,3.54979599978833,0.05909100036660675);
INSERT INTO benchmark_results VALUES(115,24,'range_scan',305,0,30.48760658974951,1.149321947502999,0.9828139991441276,1.6835770002217032,5.879424999875482,7.574863999252557,0.5091750008432427);
INSERT INTO benchmark_results VALUES(116,24,'update',103,0,10.295814684407212,1.0199923591659454,0.9337110004707938,1.4774600003875094,3.318062001198996,3.8677020002069185,0.5832740007463144);
INSERT INTO benchmark_results VALUES(117,24,'all',2000,0,199.91873173606237,0.5269876475031197,0.2589249997981824,1.2144470001658192,2.469840999765438,7.574863999252557,0.05909100036660675);
INSERT INTO benchmark_results VALUES(118,25,'child_lookup',190,0,18.988682253568374,0.2206278947165916,0.20461399981286377,0.38829799996165093,0.4665140004362911,0.566210999750183,0.04959299985785037);
INSERT INTO benchmark_results VALUES(119,25,'point_select',1402,0,140.1164869447519,0.15378038657845938,0.14530299995385576,0.2118579996022163,0.3107819993601879,3.452384000411257,0.01459800114389509);
INSERT INTO benchmark_results VALUES(120,25,'range_scan',305,0,30.481832038622915,0.3351574622669074,0.2153429995814804,0.8146480013238033,1.1750829999073176,2.677108999705524,0.053589999879477546);
INSERT INTO benchmark_results VALUES(121,25,'update',102,0,10.193924157178811,0.40015084319819316,0.3736500002560206,0.5828729990753345,0.7209320010588272,2.0059010003024014,0.21171700063860044);
INSERT INTO benchmark_results VALUES(122,25,'all',1999,0,199.780925394122,0.2003790965366558,0.15597199853800703,0.46046299939916935,0.8519679995515617,3.452384000411257,0.01459800114389509);
INSERT INTO benchmark_results VALUES(123,26,'evidence/in1.test',1,0,249.4226327944573,866.0,866.0,866.0,866.0,866.0,866.0);
INSERT INTO benchmark_results VALUES(124,26,'evidence/slt_lang_update.test',1,0,333.3333333333333,81.0,81.0,81.0,81.0,81.0,81.0);
INSERT INTO benchmark_results VALUES(125,26,'select1.test',1,0,89.91801848944706,11466.0,11466.0,11466.0,11466.0,11466.0,11466.0);
INSERT INTO benchmark_results VALUES(126,26,'all',3,0,102.54060914556756,4137.666666666666,866.0,11466.0,11466.0,11466.0,81.0);
INSERT INTO benchmark_results VALUES(127,27,'evidence/in1.test',1,0,10285.714285714284,21.0,21.0,21.0,21.0,21.0,21.0);
INSERT INTO benchmark_results VALUES(128,27,'evidence/slt_lang_update.test',1,0,9000.0,3.0,3.0,3.0,3.0,3.0,3.0);
INSERT INTO benchmark_results VALUES(129,27,'select1.test',1,0,2217.2043010752686,465.0,465.0,465.0,465.0,465.0,465.0);
INSERT INTO benchmark_results VALUES(130,27,'all',3,0,2481.472312917978,163.0,21.0,465.0,465.0,465.0,3.0);
INSERT INTO benchmark_results VALUES(131,28,'evidence/in1.test',1,0,1074.6268656716418,201.0,201.0,201.0,201.0,201.0,201.0);
INSERT INTO benchmark_results VALUES(132,28,'evidence/slt_lang_update.test',1,0,519.2307692307693,52.0,52.0,52.0,52.0,52.0,52.0);
INSERT INTO benchmark_results VALUES(133,28,'select1.test',1,0,55.145485665382964,18696.0,18696.0,18696.0,18696.0,18696.0,18696.0);
INSERT INTO benchmark_results VALUES(134,28,'all',3,0,67.1405562187523,6316.333333333334,201.0,18696.0,18696.0,18696.0,52.0);
CREATE INDEX idx_test_results_run_id ON test_results (run_id);
CREATE INDEX idx_test_results_file_path ON test_results (file_path);
CREATE INDEX idx_benchmark_results_run_id ON benchmark_results (run_id);
CREATE VIEW IF NOT EXISTS query_performance_trend AS
SELECT r.run_id, r.started_at, r.git_commit, r.branch_name, r.machine_tag, r.engine, r.engine_version,
       r.suite, r.pattern, r.dataset, r.connections, r.target_tps, r.achieved_tps, b.operation, b.count, b.errors,
       b.tps, b.mean_ms, b.p50_ms, b.p95_ms, b.p99_ms, b.max_ms,
       LAG(r.run_id) OVER (PARTITION BY r.machine_tag, r.engine, r.suite, r.pattern, r.dataset, r.connections, r.target_tps, b.operation ORDER BY r.started_at, r.run_id) AS previous_run_id,
       LAG(b.mean_ms) OVER (PARTITION BY r.machine_tag, r.engine, r.suite, r.pattern, r.dataset, r.connections, r.target_tps, b.operation ORDER BY r.started_at, r.run_id) AS previous_mean_ms,
       LAG(b.p95_ms) OVER (PARTITION BY r.machine_tag, r.engine, r.suite, r.pattern, r.dataset, r.connections, r.target_tps, b.operation ORDER BY r.started_at, r.run_id) AS previous_p95_ms,
       ROUND(100.0 * (b.mean_ms - LAG(b.mean_ms) OVER (PARTITION BY r.machine_tag, r.engine, r.suite, r.pattern, r.dataset, r.connections, r.target_tps, b.operation ORDER BY r.started_at, r.run_id))
             / LAG(b.mean_ms) OVER (PARTITION BY r.machine_tag, r.engine, r.suite, r.pattern, r.dataset, r.connections, r.target_tps, b.operation ORDER BY r.started_at, r.run_id), 1) AS mean_change_pct
FROM benchmark_runs r JOIN benchmark_results b ON b.run_id = r.run_id
WHERE r.completed_at IS NOT NULL AND COALESCE(r.interrupted, 0) = 0;
CREATE VIEW IF NOT EXISTS performance_regressions AS
SELECT run_id, previous_run_id, started_at, git_commit, machine_tag, engine, suite, pattern, dataset, connections,
       target_tps, operation, previous_mean_ms, mean_ms, mean_change_pct, previous_p95_ms, p95_ms
FROM query_performance_trend
WHERE previous_mean_ms IS NOT NULL AND mean_ms > 1.1 * previous_mean_ms;
COMMIT;
