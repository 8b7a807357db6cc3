-- vibesql-magic SQL dump
BEGIN TRANSACTION;
CREATE TABLE test_files (file_path VARCHAR(500) PRIMARY KEY, category VARCHAR(50) NOT NULL, subcategory VARCHAR(50), status VARCHAR(20) NOT NULL, last_tested TIMESTAMP, last_passed TIMESTAMP);
INSERT INTO test_files VALUES('index/between/10/slt_good_1.test','index','between','PASS','2026-12-02 12:59:31.429933','2026-12-02 12:59:31.429933');
INSERT INTO test_files VALUES('index/between/1/slt_good_0.test','index','between','PASS','2026-12-02 12:59:30.661555','2026-12-02 12:59:30.661555');
INSERT INTO test_files VALUES('index/orderby_nosort/100/slt_good_1.test','index','orderby_nosort','PASS','2026-12-02 12:59:37.487408','2026-12-02 12:59:37.487408');
INSERT INTO test_files VALUES('index/orderby/1000/slt_good_0.test','index','orderby','PASS','2026-12-02 12:59:39.592837','2026-12-02 12:59:39.592837');
INSERT INTO test_files VALUES('index/orderby_nosort/100/slt_good_0.test','index','orderby_nosort','PASS','2026-12-02 12:59:44.028464','2026-12-02 12:59:44.028464');
INSERT INTO test_files VALUES('index/orderby_nosort/1000/slt_good_0.test','index','orderby_nosort','PASS','2026-12-02 12:59:47.163624','2026-12-02 12:59:47.163624');
INSERT INTO test_files VALUES('index/orderby/100/slt_good_0.test','index','orderby','PASS','2026-12-02 12:59:50.575432','2026-12-02 12:59:50.575432');
INSERT INTO test_files VALUES('index/orderby/100/slt_good_1.test','index','orderby','PASS','2026-12-02 12:59:56.246261','2026-12-02 12:59:56.246261');
INSERT INTO test_files VALUES('index/orderby_nosort/1000/slt_good_1.test','index','orderby_nosort','PASS','2026-12-02 12:59:55.428605','2026-12-02 12:59:55.428605');
INSERT INTO test_files VALUES('index/orderby_nosort/10/slt_good_1.test','index','orderby_nosort','PASS','2026-12-02 13:00:01.187278','2026-12-02 13:00:01.187278');
INSERT INTO test_files VALUES('random/expr/slt_good_0.test','random','expr','FAIL','2026-12-02 12:59:59.697712','2026-12-02 11:44:43.957379');
INSERT INTO test_files VALUES('index/orderby/10/slt_good_1.test','index','orderby','PASS','2026-12-02 13:00:05.575745','2026-12-02 13:00:05.575745');
INSERT INTO test_files VALUES('index/commute/100/slt_good_0.test','index','commute','PASS','2026-12-02 13:00:05.667750','2026-12-02 13:00:05.667750');
INSERT INTO test_files VALUES('index/commute/1000/slt_good_1.test','index','commute','PASS','2026-12-02 13:00:11.570751','2026-12-02 13:00:11.570751');
INSERT INTO test_files VALUES('index/orderby/10/slt_good_0.test','index','orderby','PASS','2026-12-02 13:00:10.971839','2026-12-02 13:00:10.971839');
INSERT INTO test_files VALUES('index/delete/10000/slt_good_0.test','index','delete','PASS','2026-12-02 13:00:20.686326','2026-12-02 13:00:20.686326');
INSERT INTO test_files VALUES('index/orderby_nosort/10/slt_good_0.test','index','orderby_nosort','PASS','2026-12-02 13:00:17.480778','2026-12-02 13:00:17.480778');
INSERT INTO test_files VALUES('random/aggregates/slt_good_1.test','random','aggregates','FAIL','2026-12-02 13:00:21.455410','2026-12-02 11:45:20.476204');
INSERT INTO test_files VALUES('random/aggregates/slt_good_0.test','random','aggregates','FAIL','2026-12-02 13:00:25.064921','2026-12-02 11:45:20.731303');
INSERT INTO test_files VALUES('index/commute/100/slt_good_1.test','index','commute','PASS','2026-12-02 13:00:25.709295','2026-12-02 13:00:25.709295');
INSERT INTO test_files VALUES('index/commute/10/slt_good_1.test','index','commute','PASS','2026-12-02 13:00:29.730066','2026-12-02 13:00:29.730066');
INSERT INTO test_files VALUES('index/random/10/slt_good_1.test','index','random','FAIL','2026-12-02 13:00:29.016966','2026-12-02 11:44:48.784948');
INSERT INTO test_files VALUES('index/commute/10/slt_good_0.test','index','commute','PASS','2026-12-02 13:00:33.195068','2026-12-02 13:00:33.195068');
INSERT INTO test_files VALUES('index/random/100/slt_good_1.test','index','random','FAIL','2026-12-02 13:00:33.475945','2026-12-02 11:44:49.125594');
INSERT INTO test_files VALUES('index/random/10/slt_good_0.test','index','random','FAIL','2026-12-02 13:00:36.494488','2026-12-02 11:44:49.272594');
INSERT INTO test_files VALUES('index/random/100/slt_good_0.test','index','random','FAIL','2026-12-02 13:00:36.971294','2026-12-02 11:44:49.405029');
INSERT INTO test_files VALUES('index/between/1000/slt_good_0.test','index','between','PASS','2026-12-02 13:00:39.577925','2026-12-02 13:00:39.577925');
INSERT INTO test_files VALUES('random/select/slt_good_1.test','random','select','FAIL','2026-12-02 13:00:40.838254','2026-12-02 11:48:37.518351');
INSERT INTO test_files VALUES('random/groupby/slt_good_1.test','random','groupby','FAIL','2026-12-02 13:00:44.187210','2026-12-02 11:45:24.609833');
INSERT INTO test_files VALUES('random/expr/slt_good_1.test','random','expr','FAIL','2026-12-02 13:00:43.315969','2026-12-02 11:45:24.901751');
INSERT INTO test_files VALUES('random/select/slt_good_0.test','random','select','FAIL','2026-12-02 13:00:47.634837','2026-12-02 11:48:48.550006');
INSERT INTO test_files VALUES('index/view/100/slt_good_0.test','index','view','PASS','2026-12-02 13:00:47.250307','2026-12-02 13:00:47.250307');
INSERT INTO test_files VALUES('index/view/100/slt_good_1.test','index','view','PASS','2026-12-02 13:00:50.618851','2026-12-02 13:00:50.618851');
INSERT INTO test_files VALUES('random/groupby/slt_good_0.test','random','groupby','FAIL','2026-12-02 13:00:51.906800','2026-12-02 11:45:50.453131');
INSERT INTO test_files VALUES('index/view/1000/slt_good_0.test','index','view','PASS','2026-12-02 13:00:55.818815','2026-12-02 13:00:55.818815');
INSERT INTO test_files VALUES('index/view/10/slt_good_1.test','index','view','PASS','2026-12-02 13:00:58.735689','2026-12-02 13:00:58.735689');
INSERT INTO test_files VALUES('select4.test','select','root','PASS','2026-12-02 13:00:58.209548','2026-12-02 13:00:58.209548');
INSERT INTO test_files VALUES('index/delete/100/slt_good_0.test','index','delete','PASS','2026-12-02 13:01:03.690825','2026-12-02 13:01:03.690825');
INSERT INTO test_files VALUES('index/delete/100/slt_good_1.test','index','delete','PASS','2026-12-02 13:01:03.747233','2026-12-02 13:01:03.747233');
INSERT INTO test_files VALUES('index/delete/1000/slt_good_0.test','index','delete','PASS','2026-12-02 13:01:09.278722','2026-12-02 13:01:09.278722');
INSERT INTO test_files VALUES('index/delete/10/slt_good_1.test','index','delete','PASS','2026-12-02 13:01:08.623827','2026-12-02 13:01:08.623827');
INSERT INTO test_files VALUES('index/delete/1000/slt_good_1.test','index','delete','PASS','2026-12-02 13:01:15.321533','2026-12-02 13:01:15.321533');
INSERT INTO test_files VALUES('index/delete/10/slt_good_0.test','index','delete','PASS','2026-12-02 13:01:13.321660','2026-12-02 13:01:13.321660');
INSERT INTO test_files VALUES('index/delete/1/slt_good_0.test','index','delete','PASS','2026-12-02 13:01:17.460555','2026-12-02 13:01:17.460555');
INSERT INTO test_files VALUES('index/view/10000/slt_good_0.test','index','view','PASS','2026-12-02 13:01:21.375131','2026-12-02 13:01:21.375131');
INSERT INTO test_files VALUES('index/commute/1000/slt_good_0.test','index','commute','PASS','2026-12-02 13:01:24.048167','2026-12-02 13:01:24.048167');
INSERT INTO test_files VALUES('select3.test','select','root','PASS','2026-12-02 13:01:22.174640','2026-12-02 13:01:22.174640');
INSERT INTO test_files VALUES('index/random/1000/slt_good_0.test','index','random','FAIL','2026-12-02 13:01:24.921060','2026-12-02 11:45:00.636247');
INSERT INTO test_files VALUES('select1.test','select','root','PASS','2026-12-02 13:01:26.443512','2026-12-02 13:01:26.443512');
INSERT INTO test_files VALUES('select2.test','select','root','PASS','2026-12-02 13:01:27.765404','2026-12-02 13:01:27.765404');
INSERT INTO test_files VALUES('index/random/1000/slt_good_1.test','index','random','PASS','2026-12-02 13:01:28.335314','2026-12-02 13:01:28.335314');
INSERT INTO test_files VALUES('evidence/in1.test','evidence','in','FAIL','2026-12-02 13:01:28.435816','2026-12-02 11:44:34.538366');
INSERT INTO test_files VALUES('evidence/slt_lang_aggfunc.test','evidence','slt_lang_aggfunc','FAIL','2026-12-02 13:01:28.496836','2026-12-02 11:46:01.996229');
INSERT INTO test_files VALUES('evidence/slt_lang_createtrigger.test','evidence','slt_lang_createtrigger','FAIL','2026-12-02 13:01:28.517620','2026-12-02 11:45:00.963527');
INSERT INTO test_files VALUES('evidence/slt_lang_update.test','evidence','slt_lang_update','FAIL','2026-12-02 13:01:28.547180','2026-12-02 11:45:00.965924');
INSERT INTO test_files VALUES('evidence/in2.test','evidence','in','FAIL','2026-12-02 13:01:28.580490','2026-12-02 11:45:00.967722');
INSERT INTO test_files VALUES('evidence/slt_lang_createview.test','evidence','slt_lang_createview','PASS','2026-12-02 13:01:28.618976','2026-12-02 13:01:28.618976');
INSERT INTO test_files VALUES('evidence/slt_lang_reindex.test','evidence','slt_lang_reindex','FAIL','2026-12-02 13:01:28.646700','2026-12-02 11:45:00.975357');
INSERT INTO test_files VALUES('evidence/slt_lang_replace.test','evidence','slt_lang_replace','FAIL','2026-12-02 13:01:28.690992','2026-12-02 11:45:00.976458');
INSERT INTO test_files VALUES('evidence/slt_lang_dropview.test','evidence','slt_lang_dropview','PASS','2026-12-02 13:01:28.726065','2026-12-02 13:01:28.726065');
INSERT INTO test_files VALUES('evidence/slt_lang_droptable.test','evidence','slt_lang_droptable','PASS','2026-12-02 13:01:28.764008','2026-12-02 13:01:28.764008');
INSERT INTO test_files VALUES('evidence/slt_lang_droptrigger.test','evidence','slt_lang_droptrigger','FAIL','2026-12-02 13:01:28.786943','2026-12-02 11:45:00.981268');
INSERT INTO test_files VALUES('evidence/slt_lang_dropindex.test','evidence','slt_lang_dropindex','PASS','2026-12-02 13:01:28.811737','2026-12-02 13:01:28.811737');
INSERT INTO test_files VALUES('index/view/10/slt_good_0.test','index','view','ERROR','2026-12-02 13:01:28.814504',NULL);
INSERT INTO test_files VALUES('select5.test','select','root','PASS','2026-12-02 13:01:31.006663','2026-12-02 13:01:31.006663');
CREATE TABLE test_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, git_commit VARCHAR(40), ci_run_id VARCHAR(100), engine VARCHAR(200), engine_version VARCHAR(100), branch_name VARCHAR(200), host VARCHAR(200), label VARCHAR(500), dialect VARCHAR(50), records VARCHAR(10));
INSERT INTO test_runs VALUES(1,'2026-11-24 11:29:47.000000','2026-11-24 11:29:47.000000',65,0,0,65,'24a037e9d6c0b4480054d11d5e699efa2167e492',NULL,'vibesql',NULL,NULL,'vm','history: engine unavailable: engine is not in /tmp/vibesql-slt-history-1nn9y0yq/24a037e9d6c0','sqlite',NULL);
INSERT INTO test_runs VALUES(2,'2026-11-24 12:36:06.000000','2026-11-24 12:36:06.000000',65,64,1,0,'9f93ee1c10aa00410908d4accc2f239dd2edcf24',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(3,'2026-11-24 12:50:02.000000','2026-11-24 12:50:02.000000',65,64,1,0,'e0b064181c2dd8aaf491b9a183721d739910aea5',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(4,'2026-11-24 13:39:00.000000','2026-11-24 13:39:00.000000',65,64,1,0,'8833331e5975ef440b5e3d8760c3919966176715',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(5,'2026-11-29 20:09:49.000000','2026-11-29 20:09:49.000000',65,64,1,0,'233094fc8047186d2c4355030854e945504b14f3',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(6,'2026-11-29 20:33:27.000000','2026-11-29 20:33:27.000000',65,64,1,0,'06272fb530082ac56b46cfe8c9e38e2756da7849',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(7,'2026-11-29 20:43:00.000000','2026-11-29 20:43:00.000000',65,64,1,0,'1135fc230167bef91007ba95a072bc36e1f64af7',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(8,'2026-11-29 21:10:29.000000','2026-11-29 21:10:29.000000',65,64,1,0,'b6c2dbdde06058c12cb1f5c976927d75d5b363c1',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(9,'2026-11-29 21:58:21.000000','2026-11-29 21:58:21.000000',65,64,1,0,'2c9287f8b479e0964e4bf7259d23a03b685cc868',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(10,'2026-12-02 07:27:57.000000','2026-12-02 07:27:57.000000',65,64,1,0,'e42142acf12f1997b0fa54cd6054f7ba2f15aade',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(11,'2026-12-02 08:46:51.000000','2026-12-02 08:46:51.000000',65,64,1,0,'e14b8eb315beb8452d3b514488c2661d65045b09',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(12,'2026-12-02 08:46:52.000000','2026-12-02 08:46:52.000000',65,64,1,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'vibesql','0.1.0',NULL,'vm','history','sqlite',NULL);
INSERT INTO test_runs VALUES(13,'2026-12-02 11:40:26.207592','2026-12-02 11:40:39.357680',65,64,1,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'sqlite','3.40.1',NULL,'vm','reference','sqlite',NULL);
INSERT INTO test_runs VALUES(14,'2026-12-02 11:40:40.021675','2026-12-02 11:42:40.726044',65,43,22,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'duckdb','2.0.1',NULL,'vm','duckdb as sqlite','sqlite',NULL);
INSERT INTO test_runs VALUES(15,'2026-12-02 11:42:41.339831','2026-12-02 11:44:10.927017',65,64,1,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'vibesql','0.1.0',NULL,'vm',NULL,'sqlite',NULL);
INSERT INTO test_runs VALUES(16,'2026-12-02 11:44:11.526377','2026-12-02 11:44:21.427768',65,64,1,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'apsw','3.54.1 (apsw 3.54.1.0)',NULL,'vm',NULL,'sqlite',NULL);
INSERT INTO test_runs VALUES(17,'2026-12-02 11:44:22.030104','2026-12-02 11:44:34.881063',65,64,1,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'libsql','3.45.1 (libsql 0.1.11)',NULL,'vm',NULL,'sqlite',NULL);
INSERT INTO test_runs VALUES(18,'2026-12-02 11:44:35.473170','2026-12-02 11:45:09.070600',65,60,5,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'turso','0.8.3',NULL,'vm',NULL,'sqlite',NULL);
INSERT INTO test_runs VALUES(19,'2026-12-02 11:45:10.365580','2026-12-02 11:46:34.386644',65,45,20,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'postgres','15.18 (psycopg 3.3.9)',NULL,'vm',NULL,'postgresql',NULL);
INSERT INTO test_runs VALUES(20,'2026-12-02 11:46:35.199533','2026-12-02 11:49:56.672150',65,2,63,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'datafusion','55.0.0',NULL,'vm',NULL,'datafusion',NULL);
INSERT INTO test_runs VALUES(21,'2026-12-02 11:49:57.392421','2026-12-02 11:53:55.374460',65,0,65,0,'99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'chdb','26.9.2.1 (chdb 4.4.0)',NULL,'vm',NULL,'chdb',NULL);
INSERT INTO test_runs VALUES(22,'2026-12-02 12:59:23.454220','2026-12-02 13:01:31.030829',65,43,22,0,'57639c9b07536e07f544ff067884bb4d0a47c73a',NULL,'duckdb','2.0.1','int','vm','duckdb as sqlite','sqlite','failing');
CREATE TABLE test_results (result_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, file_path VARCHAR(500) NOT NULL, status VARCHAR(20) NOT NULL, tested_at TIMESTAMP NOT NULL, duration_ms INTEGER, error_message VARCHAR(2000), records_total INTEGER, records_passed INTEGER, records_failed INTEGER, records_skipped INTEGER, file_hash VARCHAR(64), FOREIGN KEY (run_id) REFERENCES test_runs (run_id), FOREIGN KEY (file_path) REFERENCES test_files (file_path));
INSERT INTO test_results VALUES(1,2,'index/between/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',6314,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(2,2,'index/between/1/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',7826,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(3,2,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',3555,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(4,2,'index/orderby/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',6438,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(5,2,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',3467,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(6,2,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',5073,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(7,2,'index/orderby/100/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',3338,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(8,2,'index/orderby/100/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',3153,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(9,2,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',4620,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(10,2,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2847,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(11,2,'random/expr/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',3040,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(12,2,'index/orderby/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2884,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(13,2,'index/commute/100/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2607,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(14,2,'index/commute/1000/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',3817,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(15,2,'index/orderby/10/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2547,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(16,2,'index/delete/10000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2492,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(17,2,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2534,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(18,2,'random/aggregates/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2861,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(19,2,'random/aggregates/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',3083,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(20,2,'index/commute/100/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2439,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(21,2,'index/commute/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2528,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(22,2,'index/random/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2600,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(23,2,'index/commute/10/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2450,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(24,2,'index/random/100/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2672,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(25,2,'index/random/10/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2332,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(26,2,'index/random/100/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2310,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(27,2,'index/between/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2505,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(28,2,'random/select/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2197,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(29,2,'random/groupby/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',2953,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(30,2,'random/expr/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',1868,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(31,2,'random/select/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2272,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(32,2,'index/view/100/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',1583,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(33,2,'index/view/100/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',1638,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(34,2,'random/groupby/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2790,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(35,2,'index/view/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2592,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(36,2,'index/view/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',1433,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(37,2,'select4.test','PASS','2026-11-24 12:36:06.000000',5697,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(38,2,'index/delete/100/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',1867,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(39,2,'index/delete/100/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',1573,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(40,2,'index/delete/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',1487,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(41,2,'index/delete/10/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',1651,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(42,2,'index/delete/1000/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',1379,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(43,2,'index/delete/10/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2056,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(44,2,'index/delete/1/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',1546,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(45,2,'index/view/10000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',2335,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(46,2,'index/commute/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',1769,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(47,2,'select3.test','PASS','2026-11-24 12:36:06.000000',3744,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(48,2,'index/random/1000/slt_good_0.test','PASS','2026-11-24 12:36:06.000000',512,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(49,2,'select1.test','PASS','2026-11-24 12:36:06.000000',1025,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(50,2,'select2.test','PASS','2026-11-24 12:36:06.000000',1328,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(51,2,'index/random/1000/slt_good_1.test','PASS','2026-11-24 12:36:06.000000',118,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(52,2,'evidence/in1.test','PASS','2026-11-24 12:36:06.000000',42,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(53,2,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:36:06.000000',12,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(54,2,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:36:06.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(55,2,'evidence/slt_lang_update.test','PASS','2026-11-24 12:36:06.000000',5,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(56,2,'evidence/in2.test','PASS','2026-11-24 12:36:06.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(57,2,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:36:06.000000',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(58,2,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:36:06.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(59,2,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:36:06.000000',2,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(60,2,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:36:06.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(61,2,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:36:06.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(62,2,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:36:06.000000',1,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(63,2,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:36:06.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(64,2,'index/view/10/slt_good_0.test','ERROR','2026-11-24 12:36:06.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(65,2,'select5.test','PASS','2026-11-24 12:36:06.000000',7115,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(66,3,'index/between/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',7563,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(67,3,'index/between/1/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',8349,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(68,3,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',4348,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(69,3,'index/orderby/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',25460,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(70,3,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',36071,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(71,3,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',59261,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(72,3,'index/orderby/100/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',46911,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(73,3,'index/orderby/100/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',22564,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(74,3,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',26884,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(75,3,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',5418,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(76,3,'random/expr/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',5402,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(77,3,'index/orderby/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',5234,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(78,3,'index/commute/100/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',5191,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(79,3,'index/orderby/10/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',4542,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(80,3,'index/commute/1000/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',6770,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(81,3,'index/delete/10000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2479,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(82,3,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',5868,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(83,3,'random/aggregates/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',5200,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(84,3,'index/commute/100/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',7909,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(85,3,'random/aggregates/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',8290,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(86,3,'index/commute/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',2922,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(87,3,'index/random/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',2970,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(88,3,'index/commute/10/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',4463,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(89,3,'index/random/100/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',4279,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(90,3,'index/random/100/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2455,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(91,3,'index/random/10/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2814,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(92,3,'index/between/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',4211,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(93,3,'random/select/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',5173,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(94,3,'random/expr/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',3017,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(95,3,'random/groupby/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',5509,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(96,3,'random/select/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2179,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(97,3,'index/view/100/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2028,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(98,3,'random/groupby/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2860,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(99,3,'index/view/100/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',2052,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(100,3,'index/view/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',2985,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(101,3,'select4.test','PASS','2026-11-24 12:50:02.000000',5193,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(102,3,'index/view/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',2069,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(103,3,'index/delete/100/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',1685,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(104,3,'index/delete/100/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',1519,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(105,3,'index/delete/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',766,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(106,3,'index/delete/10/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',2217,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(107,3,'index/delete/10/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',1775,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(108,3,'index/delete/1000/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',705,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(109,3,'index/delete/1/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',1573,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(110,3,'index/view/10000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',1737,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(111,3,'index/commute/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',1489,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(112,3,'select3.test','PASS','2026-11-24 12:50:02.000000',3101,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(113,3,'index/random/1000/slt_good_0.test','PASS','2026-11-24 12:50:02.000000',820,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(114,3,'select1.test','PASS','2026-11-24 12:50:02.000000',955,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(115,3,'select2.test','PASS','2026-11-24 12:50:02.000000',879,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(116,3,'index/random/1000/slt_good_1.test','PASS','2026-11-24 12:50:02.000000',55,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(117,3,'evidence/in1.test','PASS','2026-11-24 12:50:02.000000',40,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(118,3,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 12:50:02.000000',12,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(119,3,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 12:50:02.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(120,3,'evidence/slt_lang_update.test','PASS','2026-11-24 12:50:02.000000',5,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(121,3,'evidence/in2.test','PASS','2026-11-24 12:50:02.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(122,3,'evidence/slt_lang_createview.test','PASS','2026-11-24 12:50:02.000000',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(123,3,'evidence/slt_lang_reindex.test','PASS','2026-11-24 12:50:02.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(124,3,'evidence/slt_lang_replace.test','PASS','2026-11-24 12:50:02.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(125,3,'evidence/slt_lang_dropview.test','PASS','2026-11-24 12:50:02.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(126,3,'evidence/slt_lang_droptable.test','PASS','2026-11-24 12:50:02.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(127,3,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 12:50:02.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(128,3,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 12:50:02.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(129,3,'index/view/10/slt_good_0.test','ERROR','2026-11-24 12:50:02.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(130,3,'select5.test','PASS','2026-11-24 12:50:02.000000',7535,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(131,4,'index/between/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',8518,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(132,4,'index/between/1/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',9861,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(133,4,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',3341,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(134,4,'index/orderby/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',7202,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(135,4,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',6873,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(136,4,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',10009,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(137,4,'index/orderby/100/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',6416,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(138,4,'index/orderby/100/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',3112,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(139,4,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',4675,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(140,4,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2998,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(141,4,'random/expr/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2835,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(142,4,'index/orderby/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2883,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(143,4,'index/commute/100/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',3048,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(144,4,'index/orderby/10/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2745,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(145,4,'index/commute/1000/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',4016,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(146,4,'index/delete/10000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',966,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(147,4,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',3096,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(148,4,'random/aggregates/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2708,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(149,4,'index/commute/100/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2821,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(150,4,'random/aggregates/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',3034,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(151,4,'index/random/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2171,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(152,4,'index/commute/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2903,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(153,4,'index/commute/10/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2776,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(154,4,'index/random/100/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2779,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(155,4,'index/random/10/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2368,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(156,4,'index/random/100/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2560,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(157,4,'index/between/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',3463,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(158,4,'random/select/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',4048,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(159,4,'random/expr/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',1675,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(160,4,'random/groupby/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',3804,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(161,4,'random/select/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2236,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(162,4,'index/view/100/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',1906,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(163,4,'index/view/100/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',1821,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(164,4,'random/groupby/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2839,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(165,4,'index/view/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',2697,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(166,4,'index/view/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',1862,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(167,4,'select4.test','PASS','2026-11-24 13:39:00.000000',5537,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(168,4,'index/delete/100/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',1417,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(169,4,'index/delete/100/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',1353,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(170,4,'index/delete/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',808,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(171,4,'index/delete/10/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',2146,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(172,4,'index/delete/10/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',1764,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(173,4,'index/delete/1000/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',614,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(174,4,'index/delete/1/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',1576,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(175,4,'index/view/10000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',1708,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(176,4,'index/commute/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',1457,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(177,4,'select3.test','PASS','2026-11-24 13:39:00.000000',3576,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(178,4,'index/random/1000/slt_good_0.test','PASS','2026-11-24 13:39:00.000000',386,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(179,4,'select1.test','PASS','2026-11-24 13:39:00.000000',1495,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(180,4,'select2.test','PASS','2026-11-24 13:39:00.000000',963,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(181,4,'index/random/1000/slt_good_1.test','PASS','2026-11-24 13:39:00.000000',51,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(182,4,'evidence/in1.test','PASS','2026-11-24 13:39:00.000000',41,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(183,4,'evidence/slt_lang_aggfunc.test','PASS','2026-11-24 13:39:00.000000',12,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(184,4,'evidence/slt_lang_createtrigger.test','PASS','2026-11-24 13:39:00.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(185,4,'evidence/slt_lang_update.test','PASS','2026-11-24 13:39:00.000000',4,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(186,4,'evidence/in2.test','PASS','2026-11-24 13:39:00.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(187,4,'evidence/slt_lang_createview.test','PASS','2026-11-24 13:39:00.000000',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(188,4,'evidence/slt_lang_reindex.test','PASS','2026-11-24 13:39:00.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(189,4,'evidence/slt_lang_replace.test','PASS','2026-11-24 13:39:00.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(190,4,'evidence/slt_lang_dropview.test','PASS','2026-11-24 13:39:00.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(191,4,'evidence/slt_lang_droptable.test','PASS','2026-11-24 13:39:00.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(192,4,'evidence/slt_lang_droptrigger.test','PASS','2026-11-24 13:39:00.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(193,4,'evidence/slt_lang_dropindex.test','PASS','2026-11-24 13:39:00.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(194,4,'index/view/10/slt_good_0.test','ERROR','2026-11-24 13:39:00.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(195,4,'select5.test','PASS','2026-11-24 13:39:00.000000',7600,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(196,5,'index/between/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',7466,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(197,5,'index/between/1/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',8970,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(198,5,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',3810,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(199,5,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',6560,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(200,5,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',3775,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(201,5,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',5012,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(202,5,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',3744,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(203,5,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',3628,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(204,5,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',5389,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(205,5,'random/expr/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2873,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(206,5,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',3463,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(207,5,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2915,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(208,5,'index/commute/100/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',3311,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(209,5,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',3200,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(210,5,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',4051,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(211,5,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',1476,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(212,5,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2812,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(213,5,'random/aggregates/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2759,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(214,5,'random/aggregates/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2877,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(215,5,'index/commute/100/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2645,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(216,5,'index/commute/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2945,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(217,5,'index/random/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2145,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(218,5,'index/random/100/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2154,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(219,5,'index/commute/10/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2981,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(220,5,'index/random/10/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2115,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(221,5,'index/random/100/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2388,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(222,5,'index/between/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2370,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(223,5,'random/select/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2142,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(224,5,'random/expr/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',1759,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(225,5,'random/groupby/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',2996,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(226,5,'index/view/100/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',1394,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(227,5,'random/select/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2031,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(228,5,'index/view/100/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',1435,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(229,5,'random/groupby/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2693,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(230,5,'index/view/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2409,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(231,5,'index/view/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',1291,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(232,5,'select4.test','PASS','2026-11-29 20:09:49.000000',5295,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(233,5,'index/delete/100/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',2031,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(234,5,'index/delete/100/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',1610,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(235,5,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',651,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(236,5,'index/delete/10/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',1648,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(237,5,'index/delete/10/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',1647,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(238,5,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',742,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(239,5,'index/delete/1/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',1587,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(240,5,'index/view/10000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',1638,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(241,5,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',1553,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(242,5,'select3.test','PASS','2026-11-29 20:09:49.000000',3179,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(243,5,'index/random/1000/slt_good_0.test','PASS','2026-11-29 20:09:49.000000',374,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(244,5,'select1.test','PASS','2026-11-29 20:09:49.000000',881,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(245,5,'select2.test','PASS','2026-11-29 20:09:49.000000',820,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(246,5,'index/random/1000/slt_good_1.test','PASS','2026-11-29 20:09:49.000000',47,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(247,5,'evidence/in1.test','PASS','2026-11-29 20:09:49.000000',39,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(248,5,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 20:09:49.000000',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(249,5,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 20:09:49.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(250,5,'evidence/slt_lang_update.test','PASS','2026-11-29 20:09:49.000000',4,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(251,5,'evidence/in2.test','PASS','2026-11-29 20:09:49.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(252,5,'evidence/slt_lang_createview.test','PASS','2026-11-29 20:09:49.000000',1,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(253,5,'evidence/slt_lang_reindex.test','PASS','2026-11-29 20:09:49.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(254,5,'evidence/slt_lang_replace.test','PASS','2026-11-29 20:09:49.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(255,5,'evidence/slt_lang_dropview.test','PASS','2026-11-29 20:09:49.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(256,5,'evidence/slt_lang_droptable.test','PASS','2026-11-29 20:09:49.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(257,5,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 20:09:49.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(258,5,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 20:09:49.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(259,5,'index/view/10/slt_good_0.test','ERROR','2026-11-29 20:09:49.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(260,5,'select5.test','PASS','2026-11-29 20:09:49.000000',7551,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(261,6,'index/between/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',7455,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(262,6,'index/between/1/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',8865,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(263,6,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',3492,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(264,6,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',6794,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(265,6,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',3658,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(266,6,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',4931,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(267,6,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',3695,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(268,6,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',3224,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(269,6,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',4745,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(270,6,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',3120,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(271,6,'random/expr/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',3020,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(272,6,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',2954,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(273,6,'index/commute/100/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',3222,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(274,6,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',3964,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(275,6,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2843,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(276,6,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',1128,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(277,6,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2786,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(278,6,'random/aggregates/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',2688,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(279,6,'random/aggregates/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',3010,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(280,6,'index/commute/100/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',2799,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(281,6,'index/random/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',2125,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(282,6,'index/commute/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',3046,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(283,6,'index/random/100/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',2331,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(284,6,'index/commute/10/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',3017,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(285,6,'index/random/10/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2158,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(286,6,'index/random/100/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2179,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(287,6,'index/between/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2359,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(288,6,'random/select/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',2222,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(289,6,'random/expr/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',1710,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(290,6,'random/groupby/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',3275,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(291,6,'random/select/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2112,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(292,6,'index/view/100/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',1508,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(293,6,'index/view/100/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',1422,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(294,6,'random/groupby/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2743,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(295,6,'index/view/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2507,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(296,6,'index/view/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',1345,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(297,6,'select4.test','PASS','2026-11-29 20:33:27.000000',4981,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(298,6,'index/delete/100/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',1672,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(299,6,'index/delete/100/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',2042,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(300,6,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',648,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(301,6,'index/delete/10/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',1639,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(302,6,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',679,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(303,6,'index/delete/10/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',1747,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(304,6,'index/delete/1/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',1541,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(305,6,'index/view/10000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',1619,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(306,6,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',1580,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(307,6,'select3.test','PASS','2026-11-29 20:33:27.000000',2658,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(308,6,'index/random/1000/slt_good_0.test','PASS','2026-11-29 20:33:27.000000',381,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(309,6,'select1.test','PASS','2026-11-29 20:33:27.000000',1299,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(310,6,'select2.test','PASS','2026-11-29 20:33:27.000000',837,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(311,6,'index/random/1000/slt_good_1.test','PASS','2026-11-29 20:33:27.000000',47,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(312,6,'evidence/in1.test','PASS','2026-11-29 20:33:27.000000',39,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(313,6,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 20:33:27.000000',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(314,6,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 20:33:27.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(315,6,'evidence/slt_lang_update.test','PASS','2026-11-29 20:33:27.000000',4,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(316,6,'evidence/in2.test','PASS','2026-11-29 20:33:27.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(317,6,'evidence/slt_lang_createview.test','PASS','2026-11-29 20:33:27.000000',1,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(318,6,'evidence/slt_lang_reindex.test','PASS','2026-11-29 20:33:27.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(319,6,'evidence/slt_lang_replace.test','PASS','2026-11-29 20:33:27.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(320,6,'evidence/slt_lang_dropview.test','PASS','2026-11-29 20:33:27.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(321,6,'evidence/slt_lang_droptable.test','PASS','2026-11-29 20:33:27.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(322,6,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 20:33:27.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(323,6,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 20:33:27.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(324,6,'index/view/10/slt_good_0.test','ERROR','2026-11-29 20:33:27.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(325,6,'select5.test','PASS','2026-11-29 20:33:27.000000',4580,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(326,7,'index/between/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',7220,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(327,7,'index/between/1/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',8575,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(328,7,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',3453,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(329,7,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',6769,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(330,7,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',3600,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(331,7,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',4966,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(332,7,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',3805,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(333,7,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',3205,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(334,7,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',5217,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(335,7,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',3124,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(336,7,'random/expr/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2812,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(337,7,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2984,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(338,7,'index/commute/100/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',3342,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(339,7,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',3973,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(340,7,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2926,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(341,7,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1137,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(342,7,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',3313,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(343,7,'random/aggregates/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2739,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(344,7,'index/commute/100/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2794,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(345,7,'random/aggregates/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2911,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(346,7,'index/random/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2118,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(347,7,'index/commute/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2930,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(348,7,'index/random/100/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2325,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(349,7,'index/commute/10/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',3148,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(350,7,'index/random/10/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2132,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(351,7,'index/random/100/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2177,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(352,7,'index/between/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2310,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(353,7,'random/select/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2197,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(354,7,'random/expr/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',1730,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(355,7,'random/groupby/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',3310,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(356,7,'random/select/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2150,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(357,7,'index/view/100/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1542,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(358,7,'index/view/100/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',1454,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(359,7,'random/groupby/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2814,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(360,7,'index/view/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',2558,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(361,7,'index/view/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',1360,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(362,7,'select4.test','PASS','2026-11-29 20:43:00.000000',5017,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(363,7,'index/delete/100/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1556,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(364,7,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',679,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(365,7,'index/delete/100/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',2235,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(366,7,'index/delete/10/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',1935,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(367,7,'index/delete/10/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1665,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(368,7,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',645,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(369,7,'index/delete/1/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1631,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(370,7,'index/view/10000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1810,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(371,7,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',1552,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(372,7,'select3.test','PASS','2026-11-29 20:43:00.000000',2764,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(373,7,'index/random/1000/slt_good_0.test','PASS','2026-11-29 20:43:00.000000',374,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(374,7,'select1.test','PASS','2026-11-29 20:43:00.000000',914,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(375,7,'select2.test','PASS','2026-11-29 20:43:00.000000',1264,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(376,7,'index/random/1000/slt_good_1.test','PASS','2026-11-29 20:43:00.000000',47,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(377,7,'evidence/in1.test','PASS','2026-11-29 20:43:00.000000',39,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(378,7,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 20:43:00.000000',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(379,7,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 20:43:00.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(380,7,'evidence/slt_lang_update.test','PASS','2026-11-29 20:43:00.000000',4,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(381,7,'evidence/in2.test','PASS','2026-11-29 20:43:00.000000',19,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(382,7,'evidence/slt_lang_createview.test','PASS','2026-11-29 20:43:00.000000',1,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(383,7,'evidence/slt_lang_reindex.test','PASS','2026-11-29 20:43:00.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(384,7,'evidence/slt_lang_replace.test','PASS','2026-11-29 20:43:00.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(385,7,'evidence/slt_lang_dropview.test','PASS','2026-11-29 20:43:00.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(386,7,'evidence/slt_lang_droptable.test','PASS','2026-11-29 20:43:00.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(387,7,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 20:43:00.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(388,7,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 20:43:00.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(389,7,'index/view/10/slt_good_0.test','ERROR','2026-11-29 20:43:00.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(390,7,'select5.test','PASS','2026-11-29 20:43:00.000000',4338,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(391,8,'index/between/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',7584,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(392,8,'index/between/1/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',8645,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(393,8,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',3472,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(394,8,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',6872,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(395,8,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',3626,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(396,8,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',3709,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(397,8,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',5204,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(398,8,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',3459,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(399,8,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',4757,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(400,8,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',3725,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(401,8,'random/expr/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2646,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(402,8,'index/commute/100/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',3110,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(403,8,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',3333,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(404,8,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',3591,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(405,8,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',4241,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(406,8,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',1069,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(407,8,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2921,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(408,8,'random/aggregates/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',2880,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(409,8,'random/aggregates/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2772,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(410,8,'index/commute/100/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',2847,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(411,8,'index/random/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',2330,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(412,8,'index/commute/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',3062,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(413,8,'index/random/100/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',2229,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(414,8,'index/commute/10/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',3189,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(415,8,'index/random/10/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2203,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(416,8,'index/random/100/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2619,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(417,8,'index/between/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2583,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(418,8,'random/select/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',2383,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(419,8,'random/expr/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',1969,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(420,8,'random/groupby/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',3577,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(421,8,'index/view/100/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',1456,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(422,8,'random/select/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2259,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(423,8,'index/view/100/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',1797,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(424,8,'random/groupby/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2809,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(425,8,'index/view/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2559,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(426,8,'index/view/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',1441,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(427,8,'select4.test','PASS','2026-11-29 21:10:29.000000',5692,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(428,8,'index/delete/100/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',1836,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(429,8,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',725,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(430,8,'index/delete/100/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',1872,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(431,8,'index/delete/10/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',1834,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(432,8,'index/delete/10/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',2288,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(433,8,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',784,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(434,8,'index/delete/1/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',1683,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(435,8,'index/view/10000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',1731,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(436,8,'select3.test','PASS','2026-11-29 21:10:29.000000',2599,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(437,8,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',2209,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(438,8,'index/random/1000/slt_good_0.test','PASS','2026-11-29 21:10:29.000000',426,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(439,8,'select1.test','PASS','2026-11-29 21:10:29.000000',989,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(440,8,'select2.test','PASS','2026-11-29 21:10:29.000000',902,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(441,8,'index/random/1000/slt_good_1.test','PASS','2026-11-29 21:10:29.000000',52,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(442,8,'evidence/in1.test','PASS','2026-11-29 21:10:29.000000',42,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(443,8,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 21:10:29.000000',12,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(444,8,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 21:10:29.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(445,8,'evidence/slt_lang_update.test','PASS','2026-11-29 21:10:29.000000',5,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(446,8,'evidence/in2.test','PASS','2026-11-29 21:10:29.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(447,8,'evidence/slt_lang_createview.test','PASS','2026-11-29 21:10:29.000000',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(448,8,'evidence/slt_lang_reindex.test','PASS','2026-11-29 21:10:29.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(449,8,'evidence/slt_lang_replace.test','PASS','2026-11-29 21:10:29.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(450,8,'evidence/slt_lang_dropview.test','PASS','2026-11-29 21:10:29.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(451,8,'evidence/slt_lang_droptable.test','PASS','2026-11-29 21:10:29.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(452,8,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 21:10:29.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(453,8,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 21:10:29.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(454,8,'index/view/10/slt_good_0.test','ERROR','2026-11-29 21:10:29.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(455,8,'select5.test','PASS','2026-11-29 21:10:29.000000',4257,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(456,9,'index/between/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',7671,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(457,9,'index/between/1/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',8729,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(458,9,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',3500,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(459,9,'index/orderby/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',6800,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(460,9,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',3649,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(461,9,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',4928,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(462,9,'index/orderby/100/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',3727,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(463,9,'index/orderby/100/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',3218,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(464,9,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',4769,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(465,9,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',3174,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(466,9,'random/expr/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2877,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(467,9,'index/orderby/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',3007,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(468,9,'index/commute/100/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',3217,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(469,9,'index/commute/1000/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',4000,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(470,9,'index/orderby/10/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2899,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(471,9,'index/delete/10000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',1122,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(472,9,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2863,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(473,9,'random/aggregates/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',2850,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(474,9,'random/aggregates/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',3130,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(475,9,'index/commute/100/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',2827,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(476,9,'index/random/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',2251,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(477,9,'index/commute/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',3022,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(478,9,'index/random/100/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',2471,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(479,9,'index/commute/10/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',3031,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(480,9,'index/random/10/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2281,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(481,9,'index/random/100/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2305,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(482,9,'index/between/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2373,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(483,9,'random/select/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',2323,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(484,9,'random/expr/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',1798,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(485,9,'random/groupby/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',3462,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(486,9,'random/select/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2237,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(487,9,'index/view/100/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',1573,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(488,9,'index/view/100/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',1613,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(489,9,'random/groupby/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2877,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(490,9,'index/view/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2532,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(491,9,'index/view/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',1379,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(492,9,'select4.test','PASS','2026-11-29 21:58:21.000000',5351,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(493,9,'index/delete/100/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',2013,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(494,9,'index/delete/100/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',1762,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(495,9,'index/delete/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',653,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(496,9,'index/delete/10/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',1796,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(497,9,'index/delete/10/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',1768,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(498,9,'index/delete/1000/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',720,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(499,9,'index/delete/1/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',1713,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(500,9,'index/view/10000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',1714,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(501,9,'index/commute/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',1649,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(502,9,'select3.test','PASS','2026-11-29 21:58:21.000000',2697,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(503,9,'index/random/1000/slt_good_0.test','PASS','2026-11-29 21:58:21.000000',394,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(504,9,'select1.test','PASS','2026-11-29 21:58:21.000000',1347,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(505,9,'select2.test','PASS','2026-11-29 21:58:21.000000',922,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(506,9,'index/random/1000/slt_good_1.test','PASS','2026-11-29 21:58:21.000000',49,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(507,9,'evidence/in1.test','PASS','2026-11-29 21:58:21.000000',42,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(508,9,'evidence/slt_lang_aggfunc.test','PASS','2026-11-29 21:58:21.000000',12,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(509,9,'evidence/slt_lang_createtrigger.test','PASS','2026-11-29 21:58:21.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(510,9,'evidence/slt_lang_update.test','PASS','2026-11-29 21:58:21.000000',4,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(511,9,'evidence/in2.test','PASS','2026-11-29 21:58:21.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(512,9,'evidence/slt_lang_createview.test','PASS','2026-11-29 21:58:21.000000',1,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(513,9,'evidence/slt_lang_reindex.test','PASS','2026-11-29 21:58:21.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(514,9,'evidence/slt_lang_replace.test','PASS','2026-11-29 21:58:21.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(515,9,'evidence/slt_lang_dropview.test','PASS','2026-11-29 21:58:21.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(516,9,'evidence/slt_lang_droptable.test','PASS','2026-11-29 21:58:21.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(517,9,'evidence/slt_lang_droptrigger.test','PASS','2026-11-29 21:58:21.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(518,9,'evidence/slt_lang_dropindex.test','PASS','2026-11-29 21:58:21.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(519,9,'index/view/10/slt_good_0.test','ERROR','2026-11-29 21:58:21.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(520,9,'select5.test','PASS','2026-11-29 21:58:21.000000',4208,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(521,10,'index/between/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',7513,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(522,10,'index/between/1/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',9019,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(523,10,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',3813,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(524,10,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',7258,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(525,10,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3746,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(526,10,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',4947,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(527,10,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3795,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(528,10,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',3504,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(529,10,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',5001,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(530,10,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',3699,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(531,10,'random/expr/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3154,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(532,10,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',3336,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(533,10,'index/commute/100/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3469,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(534,10,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3041,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(535,10,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',4238,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(536,10,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',979,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(537,10,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3148,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(538,10,'random/aggregates/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',2966,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(539,10,'index/commute/100/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',2965,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(540,10,'random/aggregates/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3027,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(541,10,'index/random/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',2469,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(542,10,'index/commute/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',3061,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(543,10,'index/random/100/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',2563,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(544,10,'index/commute/10/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3269,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(545,10,'index/random/10/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',2353,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(546,10,'index/random/100/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',2576,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(547,10,'index/between/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',2658,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(548,10,'random/select/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',2388,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(549,10,'random/expr/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',1881,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(550,10,'random/groupby/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',3225,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(551,10,'random/select/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',2443,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(552,10,'index/view/100/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',1510,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(553,10,'index/view/100/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',1677,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(554,10,'random/groupby/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',3058,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(555,10,'index/view/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',2506,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(556,10,'select4.test','PASS','2026-12-02 07:27:57.000000',5275,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(557,10,'index/view/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',1969,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(558,10,'index/delete/100/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',1368,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(559,10,'index/delete/100/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',1634,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(560,10,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',781,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(561,10,'index/delete/10/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',1698,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(562,10,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',661,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(563,10,'index/delete/10/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',2649,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(564,10,'index/delete/1/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',1680,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(565,10,'index/view/10000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',2084,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(566,10,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',1588,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(567,10,'select3.test','PASS','2026-12-02 07:27:57.000000',2979,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(568,10,'index/random/1000/slt_good_0.test','PASS','2026-12-02 07:27:57.000000',392,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(569,10,'select1.test','PASS','2026-12-02 07:27:57.000000',1323,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(570,10,'select2.test','PASS','2026-12-02 07:27:57.000000',863,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(571,10,'index/random/1000/slt_good_1.test','PASS','2026-12-02 07:27:57.000000',44,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(572,10,'evidence/in1.test','PASS','2026-12-02 07:27:57.000000',41,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(573,10,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 07:27:57.000000',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(574,10,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 07:27:57.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(575,10,'evidence/slt_lang_update.test','PASS','2026-12-02 07:27:57.000000',4,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(576,10,'evidence/in2.test','PASS','2026-12-02 07:27:57.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(577,10,'evidence/slt_lang_createview.test','PASS','2026-12-02 07:27:57.000000',1,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(578,10,'evidence/slt_lang_reindex.test','PASS','2026-12-02 07:27:57.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(579,10,'evidence/slt_lang_replace.test','PASS','2026-12-02 07:27:57.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(580,10,'evidence/slt_lang_dropview.test','PASS','2026-12-02 07:27:57.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(581,10,'evidence/slt_lang_droptable.test','PASS','2026-12-02 07:27:57.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(582,10,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 07:27:57.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(583,10,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 07:27:57.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(584,10,'index/view/10/slt_good_0.test','ERROR','2026-12-02 07:27:57.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(585,10,'select5.test','PASS','2026-12-02 07:27:57.000000',3908,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(586,11,'index/between/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',8867,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(587,11,'index/between/1/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',10085,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(588,11,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',4546,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(589,11,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',6721,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(590,11,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',4977,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(591,11,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',5753,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(592,11,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',4559,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(593,11,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',5373,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(594,11,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',4200,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(595,11,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',3965,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(596,11,'random/expr/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',3004,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(597,11,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',3670,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(598,11,'index/commute/100/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',3806,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(599,11,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',3350,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(600,11,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',4533,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(601,11,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',1417,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(602,11,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',3525,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(603,11,'random/aggregates/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',2941,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(604,11,'random/aggregates/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',3222,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(605,11,'index/commute/100/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',3129,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(606,11,'index/commute/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',3794,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(607,11,'index/random/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',3616,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(608,11,'index/random/100/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',2501,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(609,11,'index/commute/10/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',3958,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(610,11,'index/random/10/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2425,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(611,11,'index/random/100/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2696,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(612,11,'index/between/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2828,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(613,11,'random/select/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',2315,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(614,11,'random/expr/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',1819,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(615,11,'random/groupby/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',3489,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(616,11,'random/select/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2222,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(617,11,'index/view/100/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',1676,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(618,11,'index/view/100/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',1793,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(619,11,'random/groupby/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2906,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(620,11,'index/view/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2609,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(621,11,'index/view/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',1710,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(622,11,'select4.test','PASS','2026-12-02 08:46:51.000000',5457,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(623,11,'index/delete/100/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',1513,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(624,11,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',855,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(625,11,'index/delete/100/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',2316,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(626,11,'index/delete/10/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',2081,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(627,11,'index/delete/10/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2117,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(628,11,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',633,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(629,11,'index/delete/1/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',2017,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(630,11,'index/view/10000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',1788,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(631,11,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',1630,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(632,11,'select3.test','PASS','2026-12-02 08:46:51.000000',2982,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(633,11,'index/random/1000/slt_good_0.test','PASS','2026-12-02 08:46:51.000000',1250,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(634,11,'select1.test','PASS','2026-12-02 08:46:51.000000',931,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(635,11,'select5.test','PASS','2026-12-02 08:46:51.000000',4012,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(636,11,'index/random/1000/slt_good_1.test','PASS','2026-12-02 08:46:51.000000',44,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(637,11,'evidence/in1.test','PASS','2026-12-02 08:46:51.000000',37,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(638,11,'select2.test','PASS','2026-12-02 08:46:51.000000',845,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(639,11,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 08:46:51.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(640,11,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 08:46:51.000000',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(641,11,'evidence/slt_lang_update.test','PASS','2026-12-02 08:46:51.000000',5,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(642,11,'evidence/slt_lang_createview.test','PASS','2026-12-02 08:46:51.000000',1,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(643,11,'evidence/slt_lang_reindex.test','PASS','2026-12-02 08:46:51.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(644,11,'evidence/slt_lang_replace.test','PASS','2026-12-02 08:46:51.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(645,11,'evidence/slt_lang_dropview.test','PASS','2026-12-02 08:46:51.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(646,11,'evidence/slt_lang_droptable.test','PASS','2026-12-02 08:46:51.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(647,11,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 08:46:51.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(648,11,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 08:46:51.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(649,11,'index/view/10/slt_good_0.test','ERROR','2026-12-02 08:46:51.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(650,11,'evidence/in2.test','PASS','2026-12-02 08:46:51.000000',9,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(651,12,'index/between/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',9050,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(652,12,'index/between/1/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',10381,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(653,12,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',4413,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(654,12,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',6824,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(655,12,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',4478,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(656,12,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',5833,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(657,12,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',4324,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(658,12,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',4073,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(659,12,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',6199,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(660,12,'random/expr/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3030,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(661,12,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',4007,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(662,12,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',3705,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(663,12,'index/commute/100/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',4006,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(664,12,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',4406,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(665,12,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3577,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(666,12,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',1212,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(667,12,'random/aggregates/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2960,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(668,12,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',4221,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(669,12,'random/aggregates/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3139,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(670,12,'index/commute/100/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',4911,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(671,12,'index/commute/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',3465,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(672,12,'index/random/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2536,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(673,12,'index/random/100/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2560,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(674,12,'index/commute/10/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3854,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(675,12,'index/random/10/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',2442,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(676,12,'index/random/100/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3525,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(677,12,'index/between/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3001,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(678,12,'random/select/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2401,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(679,12,'random/expr/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',1899,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(680,12,'random/groupby/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',4137,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(681,12,'random/select/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',2624,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(682,12,'index/view/100/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',1911,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(683,12,'index/view/100/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2104,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(684,12,'random/groupby/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',3244,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(685,12,'index/view/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',2453,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(686,12,'index/view/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',1798,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(687,12,'index/delete/100/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',1983,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(688,12,'select4.test','PASS','2026-12-02 08:46:52.000000',6632,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(689,12,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',760,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(690,12,'index/delete/100/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2143,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(691,12,'index/delete/10/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',2203,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(692,12,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',659,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(693,12,'index/delete/10/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',2829,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(694,12,'index/delete/1/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',1996,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(695,12,'index/view/10000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',2156,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(696,12,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',2231,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(697,12,'select3.test','PASS','2026-12-02 08:46:52.000000',3726,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(698,12,'index/random/1000/slt_good_0.test','PASS','2026-12-02 08:46:52.000000',409,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(699,12,'select1.test','PASS','2026-12-02 08:46:52.000000',952,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(700,12,'select2.test','PASS','2026-12-02 08:46:52.000000',847,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(701,12,'index/random/1000/slt_good_1.test','PASS','2026-12-02 08:46:52.000000',812,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(702,12,'evidence/in1.test','PASS','2026-12-02 08:46:52.000000',39,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(703,12,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 08:46:52.000000',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(704,12,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 08:46:52.000000',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(705,12,'evidence/slt_lang_update.test','PASS','2026-12-02 08:46:52.000000',5,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(706,12,'evidence/in2.test','PASS','2026-12-02 08:46:52.000000',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(707,12,'evidence/slt_lang_createview.test','PASS','2026-12-02 08:46:52.000000',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(708,12,'evidence/slt_lang_reindex.test','PASS','2026-12-02 08:46:52.000000',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(709,12,'evidence/slt_lang_replace.test','PASS','2026-12-02 08:46:52.000000',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(710,12,'evidence/slt_lang_dropview.test','PASS','2026-12-02 08:46:52.000000',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(711,12,'evidence/slt_lang_droptable.test','PASS','2026-12-02 08:46:52.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(712,12,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 08:46:52.000000',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(713,12,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 08:46:52.000000',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(714,12,'index/view/10/slt_good_0.test','ERROR','2026-12-02 08:46:52.000000',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(715,12,'select5.test','PASS','2026-12-02 08:46:52.000000',4816,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(716,13,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:40:26.579509',349,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(717,13,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:40:26.582420',350,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(718,13,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:40:26.999175',415,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(719,13,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:40:27.330282',329,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(720,13,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:40:29.729840',2397,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(721,13,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:40:29.824361',3241,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(722,13,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:40:30.160700',429,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(723,13,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:40:30.577208',413,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(724,13,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:40:30.761324',182,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(725,13,'random/expr/slt_good_0.test','PASS','2026-12-02 11:40:30.889048',125,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(726,13,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:40:31.077285',187,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(727,13,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:40:31.399485',321,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(728,13,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:40:32.594215',2765,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(729,13,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:40:32.779357',182,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(730,13,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:40:33.092149',310,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(731,13,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:40:33.196426',1794,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(732,13,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:40:33.276288',181,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(733,13,'random/aggregates/slt_good_1.test','PASS','2026-12-02 11:40:33.332372',132,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(734,13,'random/aggregates/slt_good_0.test','PASS','2026-12-02 11:40:33.420915',140,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(735,13,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:40:33.592148',168,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(736,13,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:40:33.640874',305,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(737,13,'index/random/10/slt_good_1.test','PASS','2026-12-02 11:40:33.732852',137,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(738,13,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:40:33.809183',167,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(739,13,'index/random/10/slt_good_0.test','PASS','2026-12-02 11:40:33.942406',130,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(740,13,'index/random/100/slt_good_1.test','PASS','2026-12-02 11:40:33.965370',228,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(741,13,'index/random/100/slt_good_0.test','PASS','2026-12-02 11:40:34.121907',178,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(742,13,'random/select/slt_good_1.test','PASS','2026-12-02 11:40:34.322969',199,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(743,13,'random/groupby/slt_good_1.test','PASS','2026-12-02 11:40:34.438760',114,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(744,13,'random/expr/slt_good_1.test','PASS','2026-12-02 11:40:34.532261',92,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(745,13,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:40:34.576449',609,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(746,13,'random/select/slt_good_0.test','PASS','2026-12-02 11:40:34.746472',212,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(747,13,'random/groupby/slt_good_0.test','PASS','2026-12-02 11:40:34.862061',114,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(748,13,'index/view/100/slt_good_0.test','PASS','2026-12-02 11:40:34.882369',299,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(749,13,'index/view/100/slt_good_1.test','PASS','2026-12-02 11:40:35.145497',281,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(750,13,'index/view/1000/slt_good_0.test','PASS','2026-12-02 11:40:36.709287',1562,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(751,13,'index/view/10/slt_good_1.test','PASS','2026-12-02 11:40:36.841012',130,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(752,13,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:40:36.995848',153,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(753,13,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:40:37.145871',148,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(754,13,'select4.test','PASS','2026-12-02 11:40:37.239742',2355,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(755,13,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:40:37.309699',162,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(756,13,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:40:37.393314',151,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(757,13,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:40:37.461295',146,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(758,13,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:40:37.557034',162,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(759,13,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:40:37.625804',163,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(760,13,'select3.test','PASS','2026-12-02 11:40:37.789955',163,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(761,13,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:40:38.523098',732,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(762,13,'select5.test','PASS','2026-12-02 11:40:38.786555',262,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(763,13,'index/random/1000/slt_good_0.test','PASS','2026-12-02 11:40:38.863929',76,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(764,13,'select1.test','PASS','2026-12-02 11:40:38.918490',54,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(765,13,'select2.test','PASS','2026-12-02 11:40:38.969152',50,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(766,13,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:40:38.982056',12,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(767,13,'evidence/in1.test','PASS','2026-12-02 11:40:38.984960',2,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(768,13,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 11:40:38.986393',1,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(769,13,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 11:40:38.987240',0,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(770,13,'evidence/slt_lang_update.test','PASS','2026-12-02 11:40:38.987961',0,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(771,13,'evidence/in2.test','PASS','2026-12-02 11:40:38.988838',1,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(772,13,'evidence/slt_lang_createview.test','PASS','2026-12-02 11:40:38.989542',0,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(773,13,'evidence/slt_lang_reindex.test','PASS','2026-12-02 11:40:38.990054',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(774,13,'evidence/slt_lang_replace.test','PASS','2026-12-02 11:40:38.990605',0,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(775,13,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:40:38.991196',0,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(776,13,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:40:38.991739',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(777,13,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 11:40:38.992325',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(778,13,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:40:38.992810',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(779,13,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:40:38.993114',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(780,13,'index/view/10000/slt_good_0.test','PASS','2026-12-02 11:40:39.347993',1789,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(781,14,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:40:46.863623',6818,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(782,14,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:40:47.309540',7264,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(783,14,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:40:53.280489',5967,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(784,14,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:40:55.237888',8371,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(785,14,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:40:59.206189',5923,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(786,14,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:41:02.783643',7543,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(787,14,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:41:05.110197',5901,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(788,14,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:41:10.379638',7593,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(789,14,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:41:10.731474',5618,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(790,14,'random/expr/slt_good_0.test','FAIL','2026-12-02 11:41:14.109391',3373,'line 150: query result mismatch: value 1: expected ''-4836'', got ''-2904''
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
... and 273 more failed records',15426,9714,298,5414,NULL);
INSERT INTO test_results VALUES(791,14,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:41:15.723605',5341,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(792,14,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:41:19.429655',5315,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(793,14,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:41:20.187455',4461,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(794,14,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:41:24.845886',5412,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(795,14,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:41:25.597165',5407,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(796,14,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:41:30.965097',5365,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(797,14,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:41:34.331248',9482,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(798,14,'random/aggregates/slt_good_1.test','FAIL','2026-12-02 11:41:34.746267',3777,'line 544: query result mismatch: value 1: expected ''-21'', got ''-19''
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
... and 148 more failed records',14128,9839,173,4116,NULL);
INSERT INTO test_results VALUES(799,14,'random/aggregates/slt_good_0.test','FAIL','2026-12-02 11:41:38.403362',4067,'line 110: query result mismatch: expected 2 values, got 3
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
... and 160 more failed records',13922,9827,185,3910,NULL);
INSERT INTO test_results VALUES(800,14,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:41:39.242040',4493,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(801,14,'index/random/10/slt_good_1.test','FAIL','2026-12-02 11:41:42.556672',3311,'line 285: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 289: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 293: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 297: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 301: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 350: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 354: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 303 more failed records',12289,9724,310,2255,NULL);
INSERT INTO test_results VALUES(802,14,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:41:42.699199',4293,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(803,14,'index/random/100/slt_good_1.test','FAIL','2026-12-02 11:41:46.213002',3510,'line 507: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 512: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 517: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 522: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 527: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1067: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1071: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 408 more failed records',12178,9708,415,2055,NULL);
INSERT INTO test_results VALUES(804,14,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:41:46.975599',4408,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(805,14,'index/random/10/slt_good_0.test','FAIL','2026-12-02 11:41:49.527045',3310,'line 245: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 250: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 255: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 260: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 265: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 269: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 274: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 343 more failed records',12172,9682,350,2140,NULL);
INSERT INTO test_results VALUES(806,14,'index/random/100/slt_good_0.test','FAIL','2026-12-02 11:41:50.147839',3169,'line 1497: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1501: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1505: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1509: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1513: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3042: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3046: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 368 more failed records',12028,9748,375,1905,NULL);
INSERT INTO test_results VALUES(807,14,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:41:52.293740',2764,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(808,14,'random/select/slt_good_1.test','FAIL','2026-12-02 11:41:53.955336',3801,'line 160: query result mismatch: expected 2 values, got 3
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
... and 176 more failed records',11319,9811,201,1307,NULL);
INSERT INTO test_results VALUES(809,14,'random/groupby/slt_good_1.test','FAIL','2026-12-02 11:41:56.459590',4158,'line 476: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT + COALESC...
line 1367: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT DISTINCT ...
line 1765: query failed: Binder Error: column "col2" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col2") if the exact value of "col2" is not important. LINE 1: SELECT DISTINCT ...
line 2902: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT DISTINCT ...
line 3157: query result mismatch: value 1: expected ''43'', got ''4''
line 3904: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT COALESCE ...
line 3971: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT COALESCE ...
line 4239: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT + COALESC...
... and 155 more failed records',10718,9849,163,706,NULL);
INSERT INTO test_results VALUES(810,14,'random/expr/slt_good_1.test','FAIL','2026-12-02 11:41:56.477607',2517,'line 4016: query result mismatch: value 1: expected ''-73'', got ''-72''
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
... and 3 more failed records',13883,9984,28,3871,NULL);
INSERT INTO test_results VALUES(811,14,'index/view/100/slt_good_0.test','PASS','2026-12-02 11:41:59.487843',3007,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(812,14,'random/select/slt_good_0.test','FAIL','2026-12-02 11:42:00.308845',3845,'line 83: query result mismatch: value 2: expected ''-68'', got ''-67''
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
... and 142 more failed records',11084,9845,167,1072,NULL);
INSERT INTO test_results VALUES(813,14,'index/view/100/slt_good_1.test','PASS','2026-12-02 11:42:03.254539',2942,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(814,14,'random/groupby/slt_good_0.test','FAIL','2026-12-02 11:42:03.682308',4191,'line 6297: query result mismatch: expected 2 values, got 3
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
... and 77 more failed records',10559,9920,92,547,NULL);
INSERT INTO test_results VALUES(815,14,'index/view/1000/slt_good_0.test','PASS','2026-12-02 11:42:07.674221',3989,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(816,14,'select4.test','PASS','2026-12-02 11:42:10.364647',7108,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(817,14,'index/view/10/slt_good_1.test','PASS','2026-12-02 11:42:10.531119',2854,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(818,14,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:42:15.282479',4913,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(819,14,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:42:15.369662',4836,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(820,14,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:42:19.640900',4268,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(821,14,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:42:20.831524',5547,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(822,14,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:42:24.012401',4369,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(823,14,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:42:26.220719',5387,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(824,14,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:42:27.925022',3910,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(825,14,'index/view/10000/slt_good_0.test','PASS','2026-12-02 11:42:31.916839',5693,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(826,14,'select3.test','PASS','2026-12-02 11:42:32.640574',4713,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(827,14,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:42:34.363221',2444,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(828,14,'index/random/1000/slt_good_0.test','FAIL','2026-12-02 11:42:35.210858',846,'line 3589: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3593: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3597: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3601: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3605: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 5174: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 5178: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 23 more failed records',2302,2037,30,235,NULL);
INSERT INTO test_results VALUES(829,14,'select1.test','PASS','2026-12-02 11:42:36.625293',1413,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(830,14,'select2.test','PASS','2026-12-02 11:42:37.856750',1230,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(831,14,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:42:38.347580',490,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(832,14,'evidence/in1.test','FAIL','2026-12-02 11:42:38.424784',76,'line 55: query result mismatch: value 1: expected ''0'', got ''NULL''
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
... and 61 more failed records',216,138,76,2,NULL);
INSERT INTO test_results VALUES(833,14,'evidence/slt_lang_aggfunc.test','FAIL','2026-12-02 11:42:38.474464',48,'line 43: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(DISTINCT x) FROM t1 ^^^^^^^^^^^^^^^^^
line 58: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(DISTINCT x) FROM t1 NOT INDEXED ^^^
line 100: query failed: Binder Error: No function matches the given name and argument types ''avg(VARCHAR)''. You might need to add explicit type casts. Candidate functions: avg(x DECIMAL) -> DECIMAL avg(x SMALLINT, /) -> DOUBLE avg(x INTEGER, /) -> DOUBLE avg(x ...
line 105: query failed: Binder Error: No function matches the given name and argument types ''sum(VARCHAR)''. You might need to add explicit type casts. Candidate functions: sum(arg DECIMAL) -> DECIMAL sum(arg BOOLEAN, /) -> HUGEINT sum(arg SMALLINT, /) -> HUGEIN...
line 110: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(y) FROM t1 ^^^^^^^^
line 137: query failed: Binder Error: No function matches the given name and argument types ''avg(VARCHAR)''. You might need to add explicit type casts. Candidate functions: avg(x DECIMAL) -> DECIMAL avg(x SMALLINT, /) -> DOUBLE avg(x INTEGER, /) -> DOUBLE avg(x ...
line 142: query failed: Binder Error: No function matches the given name and argument types ''sum(VARCHAR)''. You might need to add explicit type casts. Candidate functions: sum(arg DECIMAL) -> DECIMAL sum(arg BOOLEAN, /) -> HUGEINT sum(arg SMALLINT, /) -> HUGEIN...
line 147: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(DISTINCT y) FROM t1 ^^^^^^^^^^^^^^^^^
line 239: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(x) FROM t1 NOT INDEXED ^^^
line 244: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(DISTINCT x) FROM t1 NOT INDEXED ^^^
... and 16 more failed records',80,54,26,0,NULL);
INSERT INTO test_results VALUES(834,14,'evidence/slt_lang_createtrigger.test','FAIL','2026-12-02 11:42:38.489168',14,'line 24: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
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
... and 6 more failed records',26,6,20,0,NULL);
INSERT INTO test_results VALUES(835,14,'evidence/slt_lang_update.test','FAIL','2026-12-02 11:42:38.509160',19,'line 88: statement failed: Binder Error: Multiple assignments to same column "x"
line 98: query result mismatch: value 1: expected ''0'', got ''3''
line 104: query result mismatch: value 1: expected ''3'', got ''0''',27,24,3,0,NULL);
INSERT INTO test_results VALUES(836,14,'evidence/in2.test','FAIL','2026-12-02 11:42:38.543149',33,'line 139: query result mismatch: expected 3 values, got 0',54,52,1,1,NULL);
INSERT INTO test_results VALUES(837,14,'evidence/slt_lang_createview.test','PASS','2026-12-02 11:42:38.570487',23,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(838,14,'evidence/slt_lang_reindex.test','FAIL','2026-12-02 11:42:38.586661',15,'line 37: statement failed: Parser Error: syntax error at or near "REINDEX" LINE 1: REINDEX t1i1 ^^^^^^^',7,6,1,0,NULL);
INSERT INTO test_results VALUES(839,14,'evidence/slt_lang_replace.test','FAIL','2026-12-02 11:42:38.607173',19,'line 48: statement failed: Parser Error: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(2, ''replace'') ^^^^^^^
line 51: query result mismatch: value 2: expected ''replace'', got ''insert or replace''
line 68: statement failed: Parser Error: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(4, ''replace (new)'') ^^^^^^^
line 71: query result mismatch: expected 2 values, got 0',14,10,4,0,NULL);
INSERT INTO test_results VALUES(840,14,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:42:38.627214',19,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(841,14,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:42:38.645887',17,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(842,14,'evidence/slt_lang_droptrigger.test','FAIL','2026-12-02 11:42:38.666353',18,'line 24: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
line 27: statement failed: Parser Error: syntax error at or near "t1r1" LINE 1: DROP TRIGGER t1r1 ^^^^
line 44: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^',12,9,3,0,NULL);
INSERT INTO test_results VALUES(843,14,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:42:38.685259',17,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(844,14,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:42:38.686559',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(845,14,'select5.test','PASS','2026-12-02 11:42:40.711715',8069,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(846,15,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:42:50.823695',9459,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(847,15,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:42:52.111946',10747,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(848,15,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:42:56.619388',4503,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(849,15,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:42:58.434754',7607,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(850,15,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:43:01.230558',4607,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(851,15,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:43:05.049182',6609,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(852,15,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:43:05.699569',4464,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(853,15,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:43:09.818909',4114,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(854,15,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:43:10.654065',5599,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(855,15,'random/expr/slt_good_0.test','PASS','2026-12-02 11:43:13.724662',3062,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(856,15,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:43:13.824930',4000,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(857,15,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:43:17.492574',3762,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(858,15,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:43:18.045771',4215,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(859,15,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:43:21.942789',3892,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(860,15,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:43:22.355852',4858,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(861,15,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:43:23.566876',1619,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(862,15,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:43:26.828038',4467,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(863,15,'random/aggregates/slt_good_1.test','PASS','2026-12-02 11:43:26.951321',3376,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(864,15,'random/aggregates/slt_good_0.test','PASS','2026-12-02 11:43:30.358909',3521,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(865,15,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:43:31.612410',4655,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(866,15,'index/random/10/slt_good_1.test','PASS','2026-12-02 11:43:34.491590',2872,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(867,15,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:43:34.600191',4236,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(868,15,'index/random/100/slt_good_1.test','PASS','2026-12-02 11:43:37.665548',3060,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(869,15,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:43:38.183724',3688,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(870,15,'index/random/10/slt_good_0.test','PASS','2026-12-02 11:43:41.029495',3359,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(871,15,'index/random/100/slt_good_0.test','PASS','2026-12-02 11:43:41.258522',3066,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(872,15,'random/select/slt_good_1.test','PASS','2026-12-02 11:43:43.718495',2454,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(873,15,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:43:44.032079',3000,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(874,15,'random/expr/slt_good_1.test','PASS','2026-12-02 11:43:46.479668',2441,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(875,15,'random/groupby/slt_good_1.test','PASS','2026-12-02 11:43:47.000866',3277,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(876,15,'index/view/100/slt_good_0.test','PASS','2026-12-02 11:43:48.879434',1874,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(877,15,'random/select/slt_good_0.test','PASS','2026-12-02 11:43:48.973885',2488,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(878,15,'index/view/100/slt_good_1.test','PASS','2026-12-02 11:43:50.618223',1640,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(879,15,'random/groupby/slt_good_0.test','PASS','2026-12-02 11:43:52.218206',3333,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(880,15,'index/view/1000/slt_good_0.test','PASS','2026-12-02 11:43:54.987487',2752,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(881,15,'select4.test','PASS','2026-12-02 11:43:56.766643',6146,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(882,15,'index/view/10/slt_good_1.test','PASS','2026-12-02 11:43:56.963662',1972,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(883,15,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:43:58.922860',1955,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(884,15,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:43:59.026169',2256,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(885,15,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:43:59.656613',730,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(886,15,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:44:01.488936',2459,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(887,15,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:44:01.989118',2329,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(888,15,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:44:02.155523',663,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(889,15,'index/view/10000/slt_good_0.test','PASS','2026-12-02 11:44:04.000590',1841,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(890,15,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:44:04.362712',2351,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(891,15,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:44:06.490096',2124,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(892,15,'select3.test','PASS','2026-12-02 11:44:07.402272',3399,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(893,15,'index/random/1000/slt_good_0.test','PASS','2026-12-02 11:44:07.816573',412,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(894,15,'select1.test','PASS','2026-12-02 11:44:08.799742',982,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(895,15,'select2.test','PASS','2026-12-02 11:44:10.351823',1551,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(896,15,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:44:10.404332',51,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(897,15,'evidence/in1.test','PASS','2026-12-02 11:44:10.445612',40,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(898,15,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 11:44:10.457645',11,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(899,15,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 11:44:10.459981',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(900,15,'evidence/slt_lang_update.test','PASS','2026-12-02 11:44:10.465422',5,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(901,15,'evidence/in2.test','PASS','2026-12-02 11:44:10.473933',8,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(902,15,'evidence/slt_lang_createview.test','PASS','2026-12-02 11:44:10.475877',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(903,15,'evidence/slt_lang_reindex.test','PASS','2026-12-02 11:44:10.476481',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(904,15,'evidence/slt_lang_replace.test','PASS','2026-12-02 11:44:10.478077',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(905,15,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:44:10.479297',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(906,15,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:44:10.480089',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(907,15,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 11:44:10.480700',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(908,15,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:44:10.481304',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(909,15,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:44:10.481609',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(910,15,'select5.test','PASS','2026-12-02 11:44:10.903758',4412,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(911,16,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:44:11.839117',286,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(912,16,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:44:11.846480',293,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(913,16,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:44:12.169121',320,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(914,16,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:44:12.433024',262,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(915,16,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:44:14.150022',1714,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(916,16,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:44:14.246095',2404,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(917,16,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:44:14.486480',331,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(918,16,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:44:14.812105',323,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(919,16,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:44:14.970007',156,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(920,16,'random/expr/slt_good_0.test','PASS','2026-12-02 11:44:15.094575',121,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(921,16,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:44:15.256896',161,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(922,16,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:44:15.508166',250,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(923,16,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:44:16.197027',1949,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(924,16,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:44:16.354440',155,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(925,16,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:44:16.615626',259,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(926,16,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:44:16.771651',153,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(927,16,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:44:16.784326',1274,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(928,16,'random/aggregates/slt_good_1.test','PASS','2026-12-02 11:44:16.902466',125,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(929,16,'random/aggregates/slt_good_0.test','PASS','2026-12-02 11:44:16.908697',122,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(930,16,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:44:17.051470',140,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(931,16,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:44:17.144938',240,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(932,16,'index/random/10/slt_good_1.test','PASS','2026-12-02 11:44:17.173447',120,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(933,16,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:44:17.291185',145,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(934,16,'index/random/100/slt_good_1.test','PASS','2026-12-02 11:44:17.355793',180,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(935,16,'index/random/10/slt_good_0.test','PASS','2026-12-02 11:44:17.413095',120,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(936,16,'index/random/100/slt_good_0.test','PASS','2026-12-02 11:44:17.510447',153,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(937,16,'random/select/slt_good_1.test','PASS','2026-12-02 11:44:17.671814',159,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(938,16,'random/groupby/slt_good_1.test','PASS','2026-12-02 11:44:17.775807',102,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(939,16,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:44:17.845185',431,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(940,16,'random/expr/slt_good_1.test','PASS','2026-12-02 11:44:17.861170',83,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(941,16,'random/select/slt_good_0.test','PASS','2026-12-02 11:44:18.019500',172,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(942,16,'index/view/100/slt_good_0.test','PASS','2026-12-02 11:44:18.092946',230,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(943,16,'random/groupby/slt_good_0.test','PASS','2026-12-02 11:44:18.125718',104,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(944,16,'index/view/100/slt_good_1.test','PASS','2026-12-02 11:44:18.316668',222,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(945,16,'index/view/1000/slt_good_0.test','PASS','2026-12-02 11:44:19.432480',1113,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(946,16,'index/view/10/slt_good_1.test','PASS','2026-12-02 11:44:19.547320',113,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(947,16,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:44:19.671297',123,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(948,16,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:44:19.794414',122,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(949,16,'select4.test','PASS','2026-12-02 11:44:19.916720',1789,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(950,16,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:44:19.929998',134,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(951,16,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:44:20.048902',131,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(952,16,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:44:20.054782',123,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(953,16,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:44:20.182396',132,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(954,16,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:44:20.189494',133,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(955,16,'select3.test','PASS','2026-12-02 11:44:20.327173',137,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(956,16,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:44:20.848564',520,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(957,16,'select5.test','PASS','2026-12-02 11:44:21.106100',256,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(958,16,'index/random/1000/slt_good_0.test','PASS','2026-12-02 11:44:21.166460',59,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(959,16,'select1.test','PASS','2026-12-02 11:44:21.210086',43,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(960,16,'select2.test','PASS','2026-12-02 11:44:21.251720',41,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(961,16,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:44:21.262026',10,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(962,16,'evidence/in1.test','PASS','2026-12-02 11:44:21.264570',2,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(963,16,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 11:44:21.265954',1,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(964,16,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 11:44:21.266747',0,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(965,16,'evidence/slt_lang_update.test','PASS','2026-12-02 11:44:21.267474',0,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(966,16,'evidence/in2.test','PASS','2026-12-02 11:44:21.268340',1,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(967,16,'evidence/slt_lang_createview.test','PASS','2026-12-02 11:44:21.269128',0,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(968,16,'evidence/slt_lang_reindex.test','PASS','2026-12-02 11:44:21.269659',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(969,16,'evidence/slt_lang_replace.test','PASS','2026-12-02 11:44:21.270233',0,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(970,16,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:44:21.270844',0,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(971,16,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:44:21.271417',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(972,16,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 11:44:21.271991',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(973,16,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:44:21.272507',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(974,16,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:44:21.272831',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(975,16,'index/view/10000/slt_good_0.test','PASS','2026-12-02 11:44:21.418636',1235,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(976,17,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:44:22.330814',274,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(977,17,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:44:22.331636',276,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(978,17,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:44:22.729154',395,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(979,17,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:44:23.028148',297,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(980,17,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:44:25.532677',2502,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(981,17,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:44:25.738470',3402,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(982,17,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:44:25.942593',408,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(983,17,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:44:26.344451',400,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(984,17,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:44:26.500419',154,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(985,17,'random/expr/slt_good_0.test','PASS','2026-12-02 11:44:26.618007',115,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(986,17,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:44:26.778340',158,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(987,17,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:44:27.111811',332,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(988,17,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:44:28.617895',2876,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(989,17,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:44:28.773138',149,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(990,17,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:44:29.042878',268,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(991,17,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:44:29.123777',2009,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(992,17,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:44:29.190879',146,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(993,17,'random/aggregates/slt_good_1.test','PASS','2026-12-02 11:44:29.248944',122,NULL,14128,10012,0,4116,NULL);
INSERT INTO test_results VALUES(994,17,'random/aggregates/slt_good_0.test','PASS','2026-12-02 11:44:29.314728',121,NULL,13922,10012,0,3910,NULL);
INSERT INTO test_results VALUES(995,17,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:44:29.460013',144,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(996,17,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:44:29.560169',309,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(997,17,'index/random/10/slt_good_1.test','PASS','2026-12-02 11:44:29.573832',112,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(998,17,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:44:29.709114',147,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(999,17,'index/random/100/slt_good_1.test','PASS','2026-12-02 11:44:29.793856',213,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(1000,17,'index/random/10/slt_good_0.test','PASS','2026-12-02 11:44:29.820439',110,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(1001,17,'index/random/100/slt_good_0.test','PASS','2026-12-02 11:44:29.959402',164,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(1002,17,'random/select/slt_good_1.test','PASS','2026-12-02 11:44:30.139636',178,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(1003,17,'random/groupby/slt_good_1.test','PASS','2026-12-02 11:44:30.243499',102,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(1004,17,'random/expr/slt_good_1.test','PASS','2026-12-02 11:44:30.333402',88,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(1005,17,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:44:30.465987',644,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(1006,17,'random/select/slt_good_0.test','PASS','2026-12-02 11:44:30.530394',192,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(1007,17,'random/groupby/slt_good_0.test','PASS','2026-12-02 11:44:30.633673',101,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(1008,17,'index/view/100/slt_good_0.test','PASS','2026-12-02 11:44:30.746654',279,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(1009,17,'index/view/100/slt_good_1.test','PASS','2026-12-02 11:44:30.908280',272,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(1010,17,'index/view/1000/slt_good_0.test','PASS','2026-12-02 11:44:32.522146',1610,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(1011,17,'index/view/10/slt_good_1.test','PASS','2026-12-02 11:44:32.634250',111,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(1012,17,'select4.test','PASS','2026-12-02 11:44:32.743020',1995,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(1013,17,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:44:32.759841',124,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(1014,17,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:44:32.866144',122,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(1015,17,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:44:32.903411',142,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(1016,17,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:44:32.980200',113,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(1017,17,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:44:33.018288',114,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(1018,17,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:44:33.120038',139,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(1019,17,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:44:33.141828',122,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(1020,17,'select3.test','PASS','2026-12-02 11:44:33.285831',143,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(1021,17,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:44:34.119138',832,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(1022,17,'select5.test','PASS','2026-12-02 11:44:34.355627',236,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(1023,17,'index/random/1000/slt_good_0.test','PASS','2026-12-02 11:44:34.432500',76,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(1024,17,'select1.test','PASS','2026-12-02 11:44:34.480181',47,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(1025,17,'select2.test','PASS','2026-12-02 11:44:34.524600',44,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(1026,17,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:44:34.535842',11,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(1027,17,'evidence/in1.test','PASS','2026-12-02 11:44:34.538366',2,NULL,216,214,0,2,NULL);
INSERT INTO test_results VALUES(1028,17,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 11:44:34.539871',1,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(1029,17,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 11:44:34.540698',0,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(1030,17,'evidence/slt_lang_update.test','PASS','2026-12-02 11:44:34.541467',0,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(1031,17,'evidence/in2.test','PASS','2026-12-02 11:44:34.542409',1,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(1032,17,'evidence/slt_lang_createview.test','PASS','2026-12-02 11:44:34.543169',0,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(1033,17,'evidence/slt_lang_reindex.test','PASS','2026-12-02 11:44:34.543747',0,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(1034,17,'evidence/slt_lang_replace.test','PASS','2026-12-02 11:44:34.544358',0,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(1035,17,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:44:34.545011',0,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(1036,17,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:44:34.545633',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(1037,17,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 11:44:34.546260',0,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(1038,17,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:44:34.546829',0,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(1039,17,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:44:34.547149',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1040,17,'index/view/10000/slt_good_0.test','PASS','2026-12-02 11:44:34.871937',1748,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(1041,18,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:44:36.538284',1036,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(1042,18,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:44:36.571688',1069,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(1043,18,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:44:37.306553',732,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(1044,18,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:44:38.050614',740,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(1045,18,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:44:41.938970',5397,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(1046,18,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:44:42.098465',4041,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(1047,18,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:44:42.664999',722,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(1048,18,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:44:43.368514',701,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(1049,18,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:44:43.772347',402,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(1050,18,'random/expr/slt_good_0.test','PASS','2026-12-02 11:44:43.957379',182,NULL,15426,10012,0,5414,NULL);
INSERT INTO test_results VALUES(1051,18,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:44:44.358808',398,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(1052,18,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:44:45.010854',646,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(1053,18,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:44:45.978929',3878,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(1054,18,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:44:46.388155',406,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(1055,18,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:44:47.130767',741,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(1056,18,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:44:47.552457',418,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(1057,18,'random/aggregates/slt_good_1.test','FAIL','2026-12-02 11:44:47.769721',214,'line 495: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 1002: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 1257: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 1678: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 1900: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 2460: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 4604: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 5081: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 5148: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 6295: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 6788: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 6805: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 6878: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 7529: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 7589: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 9224: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 9681: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 9754: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 12584: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 14587: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 14745: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
... and 53 more failed records',14128,9938,74,4116,NULL);
INSERT INTO test_results VALUES(1058,18,'random/aggregates/slt_good_0.test','FAIL','2026-12-02 11:44:47.989020',216,'line 81: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 4358: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 6329: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 8096: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 12790: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 15749: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 16166: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 16516: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 19638: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 21241: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 24047: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 26304: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 31116: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 32646: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 34586: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 36548: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 37261: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 40639: query failed: Reference to undefined or unresolved label in HashDistinct: 5
line 41057: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 49298: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
line 53477: query failed: Parse error: Parenthesized FROM clause subqueries are not supported
... and 11 more failed records',13922,9980,32,3910,NULL);
INSERT INTO test_results VALUES(1059,18,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:44:48.236821',3223,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(1060,18,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:44:48.571853',579,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(1061,18,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:44:48.642386',403,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(1062,18,'index/random/10/slt_good_1.test','PASS','2026-12-02 11:44:48.784948',211,NULL,12289,10034,0,2255,NULL);
INSERT INTO test_results VALUES(1063,18,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:44:49.065094',420,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(1064,18,'index/random/100/slt_good_1.test','PASS','2026-12-02 11:44:49.125594',337,NULL,12178,10123,0,2055,NULL);
INSERT INTO test_results VALUES(1065,18,'index/random/10/slt_good_0.test','PASS','2026-12-02 11:44:49.272594',204,NULL,12172,10032,0,2140,NULL);
INSERT INTO test_results VALUES(1066,18,'index/random/100/slt_good_0.test','PASS','2026-12-02 11:44:49.405029',273,NULL,12028,10123,0,1905,NULL);
INSERT INTO test_results VALUES(1067,18,'random/select/slt_good_1.test','PASS','2026-12-02 11:44:49.660937',254,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(1068,18,'random/groupby/slt_good_1.test','PASS','2026-12-02 11:44:49.840268',178,NULL,10718,10012,0,706,NULL);
INSERT INTO test_results VALUES(1069,18,'random/expr/slt_good_1.test','PASS','2026-12-02 11:44:49.971636',129,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(1070,18,'random/select/slt_good_0.test','PASS','2026-12-02 11:44:50.237635',264,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(1071,18,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:44:50.933244',1657,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(1072,18,'index/view/100/slt_good_0.test','PASS','2026-12-02 11:44:51.020398',779,NULL,8866,7726,0,1140,NULL);
INSERT INTO test_results VALUES(1073,18,'random/groupby/slt_good_0.test','PASS','2026-12-02 11:44:51.119010',182,NULL,10559,10012,0,547,NULL);
INSERT INTO test_results VALUES(1074,18,'index/view/100/slt_good_1.test','PASS','2026-12-02 11:44:51.841465',818,NULL,8172,7122,0,1050,NULL);
INSERT INTO test_results VALUES(1075,18,'index/view/1000/slt_good_0.test','PASS','2026-12-02 11:44:55.406894',3562,NULL,7693,6823,0,870,NULL);
INSERT INTO test_results VALUES(1076,18,'select4.test','PASS','2026-12-02 11:44:55.440271',4316,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(1077,18,'index/view/10/slt_good_1.test','PASS','2026-12-02 11:44:55.965615',555,NULL,8200,7135,0,1065,NULL);
INSERT INTO test_results VALUES(1078,18,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:44:55.976327',534,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(1079,18,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:44:56.419007',441,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(1080,18,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:44:56.456512',487,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(1081,18,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:44:57.074535',652,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(1082,18,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:44:57.100764',641,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(1083,18,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:44:57.503237',427,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(1084,18,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:44:57.912764',809,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(1085,18,'select3.test','PASS','2026-12-02 11:44:58.265235',345,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(1086,18,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:44:59.539101',1271,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(1087,18,'index/view/10000/slt_good_0.test','PASS','2026-12-02 11:45:00.476564',2929,NULL,10712,10622,0,90,NULL);
INSERT INTO test_results VALUES(1088,18,'index/random/1000/slt_good_0.test','PASS','2026-12-02 11:45:00.636247',158,NULL,2302,2067,0,235,NULL);
INSERT INTO test_results VALUES(1089,18,'select1.test','PASS','2026-12-02 11:45:00.791238',153,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(1090,18,'select2.test','PASS','2026-12-02 11:45:00.909823',117,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(1091,18,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:45:00.944639',30,NULL,1061,1056,0,5,NULL);
INSERT INTO test_results VALUES(1092,18,'evidence/in1.test','FAIL','2026-12-02 11:45:00.957217',11,'line 70: query failed: Parse error: InTable is not supported in this position
line 81: query failed: Parse error: InTable is not supported in this position
line 92: query failed: Parse error: InTable is not supported in this position
line 103: query failed: Parse error: InTable is not supported in this position
line 117: query failed: Parse error: InTable is not supported in this position
line 128: query failed: Parse error: InTable is not supported in this position
line 139: query failed: Parse error: InTable is not supported in this position
line 150: query failed: Parse error: InTable is not supported in this position
line 164: query failed: Parse error: InTable is not supported in this position
line 175: query failed: Parse error: InTable is not supported in this position
line 186: query failed: Parse error: InTable is not supported in this position
line 197: query failed: Parse error: InTable is not supported in this position
line 240: query failed: Parse error: InTable is not supported in this position
line 251: query failed: Parse error: InTable is not supported in this position
line 274: query failed: Parse error: InTable is not supported in this position
line 285: query failed: Parse error: InTable is not supported in this position
line 308: query failed: Parse error: InTable is not supported in this position
line 319: query failed: Parse error: InTable is not supported in this position
line 442: query failed: Parse error: InTable is not supported in this position
line 453: query failed: Parse error: InTable is not supported in this position
line 464: query failed: Parse error: InTable is not supported in this position
line 475: query failed: Parse error: InTable is not supported in this position
line 486: query failed: Parse error: InTable is not supported in this position
line 497: query failed: Parse error: InTable is not supported in this position
... and 48 more failed records',216,142,72,2,NULL);
INSERT INTO test_results VALUES(1093,18,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 11:45:00.960985',3,NULL,80,80,0,0,NULL);
INSERT INTO test_results VALUES(1094,18,'evidence/slt_lang_createtrigger.test','PASS','2026-12-02 11:45:00.963527',2,NULL,26,26,0,0,NULL);
INSERT INTO test_results VALUES(1095,18,'evidence/slt_lang_update.test','PASS','2026-12-02 11:45:00.965924',2,NULL,27,27,0,0,NULL);
INSERT INTO test_results VALUES(1096,18,'evidence/in2.test','PASS','2026-12-02 11:45:00.967722',1,NULL,54,53,0,1,NULL);
INSERT INTO test_results VALUES(1097,18,'evidence/slt_lang_createview.test','PASS','2026-12-02 11:45:00.970868',2,NULL,25,23,0,2,NULL);
INSERT INTO test_results VALUES(1098,18,'evidence/slt_lang_reindex.test','PASS','2026-12-02 11:45:00.975357',1,NULL,7,7,0,0,NULL);
INSERT INTO test_results VALUES(1099,18,'evidence/slt_lang_replace.test','PASS','2026-12-02 11:45:00.976458',1,NULL,14,14,0,0,NULL);
INSERT INTO test_results VALUES(1100,18,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:45:00.977823',1,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(1101,18,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:45:00.979823',2,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(1102,18,'evidence/slt_lang_droptrigger.test','PASS','2026-12-02 11:45:00.981268',1,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(1103,18,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:45:00.982369',1,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(1104,18,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:45:00.982706',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1105,18,'select5.test','FAIL','2026-12-02 11:45:09.052724',9491,'line 31109: query failed: Parse error: Only up to 63 tables can be joined
line 31179: query failed: Parse error: Only up to 63 tables can be joined
line 31249: query failed: Parse error: Only up to 63 tables can be joined
line 31319: query failed: Parse error: Only up to 63 tables can be joined
line 31389: query failed: Parse error: Only up to 63 tables can be joined
line 31459: query failed: Parse error: Only up to 63 tables can be joined
line 31529: query failed: Parse error: Only up to 63 tables can be joined
line 31599: query failed: Parse error: Only up to 63 tables can be joined
line 31669: query failed: Parse error: Only up to 63 tables can be joined
line 31739: query failed: Parse error: Only up to 63 tables can be joined
line 31809: query failed: Parse error: Only up to 63 tables can be joined
line 31879: query failed: Parse error: Only up to 63 tables can be joined',1436,1424,12,0,NULL);
INSERT INTO test_results VALUES(1106,19,'index/between/1/slt_good_0.test','PASS','2026-12-02 11:45:11.238638',839,NULL,10022,10022,0,0,NULL);
INSERT INTO test_results VALUES(1107,19,'index/between/10/slt_good_1.test','PASS','2026-12-02 11:45:11.285104',885,NULL,10029,10029,0,0,NULL);
INSERT INTO test_results VALUES(1108,19,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 11:45:12.082593',795,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(1109,19,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 11:45:13.045052',960,NULL,10149,10149,0,0,NULL);
INSERT INTO test_results VALUES(1110,19,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 11:45:14.808322',3566,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(1111,19,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 11:45:15.374996',2327,NULL,11040,11040,0,0,NULL);
INSERT INTO test_results VALUES(1112,19,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 11:45:15.623065',811,NULL,10141,10141,0,0,NULL);
INSERT INTO test_results VALUES(1113,19,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 11:45:16.433792',808,NULL,10140,10140,0,0,NULL);
INSERT INTO test_results VALUES(1114,19,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 11:45:16.991071',554,NULL,10051,10051,0,0,NULL);
INSERT INTO test_results VALUES(1115,19,'random/expr/slt_good_0.test','FAIL','2026-12-02 11:45:17.332272',337,'line 46601: query result mismatch: value 1: expected ''0'', got ''58''
line 77844: query failed: division by zero
line 80573: query failed: integer out of range',15426,10009,3,5414,NULL);
INSERT INTO test_results VALUES(1116,19,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 11:45:17.842505',508,NULL,10054,10054,0,0,NULL);
INSERT INTO test_results VALUES(1117,19,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 11:45:17.974290',2596,NULL,11043,11043,0,0,NULL);
INSERT INTO test_results VALUES(1118,19,'index/commute/100/slt_good_0.test','PASS','2026-12-02 11:45:18.432262',588,NULL,10122,10122,0,0,NULL);
INSERT INTO test_results VALUES(1119,19,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 11:45:18.937337',503,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(1120,19,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 11:45:19.683897',1705,NULL,10583,10583,0,0,NULL);
INSERT INTO test_results VALUES(1121,19,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 11:45:19.938490',999,NULL,20347,20347,0,0,NULL);
INSERT INTO test_results VALUES(1122,19,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 11:45:20.202637',516,NULL,10053,10053,0,0,NULL);
INSERT INTO test_results VALUES(1123,19,'random/aggregates/slt_good_1.test','PASS','2026-12-02 11:45:20.476204',534,NULL,14128,9141,0,4987,NULL);
INSERT INTO test_results VALUES(1124,19,'random/aggregates/slt_good_0.test','PASS','2026-12-02 11:45:20.731303',523,NULL,13922,9130,0,4792,NULL);
INSERT INTO test_results VALUES(1125,19,'index/commute/100/slt_good_1.test','PASS','2026-12-02 11:45:21.037920',560,NULL,10120,10120,0,0,NULL);
INSERT INTO test_results VALUES(1126,19,'index/commute/10/slt_good_1.test','PASS','2026-12-02 11:45:21.209974',476,NULL,10030,10030,0,0,NULL);
INSERT INTO test_results VALUES(1127,19,'index/random/10/slt_good_1.test','FAIL','2026-12-02 11:45:21.416969',377,'line 285: query failed: operator does not exist: + text LINE 1: SELECT + col2 AS col3 FROM tab0 AS cor0 WHERE NOT NULL IS NU... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 289: query failed: operator does not exist: + text LINE 1: SELECT + col2 AS col3 FROM tab1 AS cor0 WHERE NOT NULL IS NU... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 293: query failed: operator does not exist: + text LINE 1: SELECT + col2 AS col3 FROM tab2 AS cor0 WHERE NOT NULL IS NU... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 297: query failed: operator does not exist: + text LINE 1: SELECT + col2 AS col3 FROM tab3 AS cor0 WHERE NOT NULL IS NU... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 301: query failed: operator does not exist: + text LINE 1: SELECT + col2 AS col3 FROM tab4 AS cor0 WHERE NOT NULL IS NU... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 350: query failed: operator does not exist: + text LINE 1: SELECT + + col5 AS col5 FROM tab0 WHERE NULL BETWEEN NULL AN... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 354: query failed: operator does not exist: + text LINE 1: SELECT + + col5 AS col5 FROM tab1 WHERE NULL BETWEEN NULL AN... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 358: query failed: operator does not exist: + text LINE 1: SELECT + + col5 AS col5 FROM tab2 WHERE NULL BETWEEN NULL AN... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
... and 272 more failed records',12289,9244,280,2765,NULL);
INSERT INTO test_results VALUES(1128,19,'index/commute/10/slt_good_0.test','PASS','2026-12-02 11:45:21.703911',491,NULL,10034,10034,0,0,NULL);
INSERT INTO test_results VALUES(1129,19,'index/random/100/slt_good_1.test','FAIL','2026-12-02 11:45:21.856879',438,'line 507: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col1 FROM tab0 AS cor0 WHERE ( - 0 ) BETWEE... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 512: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col1 FROM tab1 AS cor0 WHERE ( - 0 ) BETWEE... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 517: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col1 FROM tab2 AS cor0 WHERE ( - 0 ) BETWEE... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 522: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col1 FROM tab3 AS cor0 WHERE ( - 0 ) BETWEE... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 527: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col1 FROM tab4 AS cor0 WHERE ( - 0 ) BETWEE... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1067: query failed: operator does not exist: + text LINE 1: SELECT ALL + + col2 FROM tab0 AS cor0 WHERE + col5 IS NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1071: query failed: operator does not exist: + text LINE 1: SELECT ALL + + col2 FROM tab1 AS cor0 WHERE + col5 IS NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1075: query failed: operator does not exist: + text LINE 1: SELECT ALL + + col2 FROM tab2 AS cor0 WHERE + col5 IS NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
... and 362 more failed records',12178,9243,370,2565,NULL);
INSERT INTO test_results VALUES(1130,19,'index/random/10/slt_good_0.test','FAIL','2026-12-02 11:45:22.100195',393,'line 269: query failed: operator does not exist: + text LINE 1: SELECT + col2 FROM tab0 AS cor0 WHERE col3 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 274: query failed: operator does not exist: + text LINE 1: SELECT + col2 FROM tab1 AS cor0 WHERE col3 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 279: query failed: operator does not exist: + text LINE 1: SELECT + col2 FROM tab2 AS cor0 WHERE col3 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 284: query failed: operator does not exist: + text LINE 1: SELECT + col2 FROM tab3 AS cor0 WHERE col3 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 289: query failed: operator does not exist: + text LINE 1: SELECT + col2 FROM tab4 AS cor0 WHERE col3 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 739: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col3 FROM tab0 WHERE NOT NULL NOT BETWEEN +... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 743: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col3 FROM tab1 WHERE NOT NULL NOT BETWEEN +... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 747: query failed: operator does not exist: + text LINE 1: SELECT + col5 AS col3 FROM tab2 WHERE NOT NULL NOT BETWEEN +... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
... and 307 more failed records',12172,9197,315,2660,NULL);
INSERT INTO test_results VALUES(1131,19,'index/random/100/slt_good_0.test','FAIL','2026-12-02 11:45:22.286275',426,'line 1497: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab0 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1501: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab1 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1505: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab2 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1509: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab3 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 1513: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab4 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3042: query failed: operator does not exist: + text LINE 1: SELECT ALL + col2 FROM tab0 AS cor0 WHERE NOT ( NOT col3 * -... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3046: query failed: operator does not exist: + text LINE 1: SELECT ALL + col2 FROM tab1 AS cor0 WHERE NOT ( NOT col3 * -... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3050: query failed: operator does not exist: + text LINE 1: SELECT ALL + col2 FROM tab2 AS cor0 WHERE NOT ( NOT col3 * -... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
... and 327 more failed records',12028,9328,335,2365,NULL);
INSERT INTO test_results VALUES(1132,19,'index/between/1000/slt_good_0.test','PASS','2026-12-02 11:45:22.739327',637,NULL,3792,3792,0,0,NULL);
INSERT INTO test_results VALUES(1133,19,'random/groupby/slt_good_1.test','PASS','2026-12-02 11:45:24.609833',1867,NULL,10718,8975,0,1743,NULL);
INSERT INTO test_results VALUES(1134,19,'random/expr/slt_good_1.test','PASS','2026-12-02 11:45:24.901751',287,NULL,13883,10012,0,3871,NULL);
INSERT INTO test_results VALUES(1135,19,'random/select/slt_good_1.test','PASS','2026-12-02 11:45:43.321424',21031,NULL,11319,9130,0,2189,NULL);
INSERT INTO test_results VALUES(1136,19,'index/view/100/slt_good_0.test','FAIL','2026-12-02 11:45:44.344780',1017,'line 472: statement failed: cannot drop view view_1_tab0_77 because other objects depend on it DETAIL: view view_3_tab0_77 depends on view view_1_tab0_77 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 569: statement failed: cannot drop view view_1_tab1_77 because other objects depend on it DETAIL: view view_3_tab1_77 depends on view view_1_tab1_77 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 666: statement failed: cannot drop view view_1_tab2_77 because other objects depend on it DETAIL: view view_3_tab2_77 depends on view view_1_tab2_77 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 763: statement failed: cannot drop view view_1_tab3_77 because other objects depend on it DETAIL: view view_3_tab3_77 depends on view view_1_tab3_77 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 860: statement failed: cannot drop view view_1_tab4_77 because other objects depend on it DETAIL: view view_3_tab4_77 depends on view view_1_tab4_77 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 957: statement failed: cannot drop view view_1_tab0_78 because other objects depend on it DETAIL: view view_3_tab0_78 depends on view view_1_tab0_78 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 1054: statement failed: cannot drop view view_1_tab1_78 because other objects depend on it DETAIL: view view_3_tab1_78 depends on view view_1_tab1_78 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 1151: statement failed: cannot drop view view_1_tab2_78 because other objects depend on it DETAIL: view view_3_tab2_78 depends on view view_1_tab2_78 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 1248: statement failed: cannot drop view view_1_tab3_78 because other objects depend on it DETAIL: view view_3_tab3_78 depends on view view_1_tab3_78 HINT: Use DROP ... CASCADE to drop the dependent objects too.
... and 371 more failed records',8866,7346,380,1140,NULL);
INSERT INTO test_results VALUES(1137,19,'random/groupby/slt_good_0.test','PASS','2026-12-02 11:45:50.453131',6104,NULL,10559,9050,0,1509,NULL);
INSERT INTO test_results VALUES(1138,19,'index/view/100/slt_good_1.test','FAIL','2026-12-02 11:45:51.376207',915,'line 460: statement failed: cannot drop view view_1_tab0_226 because other objects depend on it DETAIL: view view_3_tab0_226 depends on view view_1_tab0_226 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 557: statement failed: cannot drop view view_1_tab1_226 because other objects depend on it DETAIL: view view_3_tab1_226 depends on view view_1_tab1_226 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 654: statement failed: cannot drop view view_1_tab2_226 because other objects depend on it DETAIL: view view_3_tab2_226 depends on view view_1_tab2_226 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 751: statement failed: cannot drop view view_1_tab3_226 because other objects depend on it DETAIL: view view_3_tab3_226 depends on view view_1_tab3_226 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 848: statement failed: cannot drop view view_1_tab4_226 because other objects depend on it DETAIL: view view_3_tab4_226 depends on view view_1_tab4_226 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 945: statement failed: cannot drop view view_1_tab0_227 because other objects depend on it DETAIL: view view_3_tab0_227 depends on view view_1_tab0_227 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 1042: statement failed: cannot drop view view_1_tab1_227 because other objects depend on it DETAIL: view view_3_tab1_227 depends on view view_1_tab1_227 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 1139: statement failed: cannot drop view view_1_tab2_227 because other objects depend on it DETAIL: view view_3_tab2_227 depends on view view_1_tab2_227 HINT: Use DROP ... CASCADE to drop the dependent objects too.
... and 342 more failed records',8172,6772,350,1050,NULL);
INSERT INTO test_results VALUES(1139,19,'select4.test','PASS','2026-12-02 11:45:53.140668',1762,NULL,3857,3857,0,0,NULL);
INSERT INTO test_results VALUES(1140,19,'random/select/slt_good_0.test','PASS','2026-12-02 11:45:54.094777',29189,NULL,11084,9175,0,1909,NULL);
INSERT INTO test_results VALUES(1141,19,'index/view/10/slt_good_1.test','FAIL','2026-12-02 11:45:54.886820',789,'line 194: statement failed: cannot drop view view_1_tab0_153 because other objects depend on it DETAIL: view view_3_tab0_153 depends on view view_1_tab0_153 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 286: statement failed: cannot drop view view_1_tab1_153 because other objects depend on it DETAIL: view view_3_tab1_153 depends on view view_1_tab1_153 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 378: statement failed: cannot drop view view_1_tab2_153 because other objects depend on it DETAIL: view view_3_tab2_153 depends on view view_1_tab2_153 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 470: statement failed: cannot drop view view_1_tab3_153 because other objects depend on it DETAIL: view view_3_tab3_153 depends on view view_1_tab3_153 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 562: statement failed: cannot drop view view_1_tab4_153 because other objects depend on it DETAIL: view view_3_tab4_153 depends on view view_1_tab4_153 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 671: statement failed: cannot drop view view_1_tab0_154 because other objects depend on it DETAIL: view view_3_tab0_154 depends on view view_1_tab0_154 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 780: statement failed: cannot drop view view_1_tab1_154 because other objects depend on it DETAIL: view view_3_tab1_154 depends on view view_1_tab1_154 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 889: statement failed: cannot drop view view_1_tab2_154 because other objects depend on it DETAIL: view view_3_tab2_154 depends on view view_1_tab2_154 HINT: Use DROP ... CASCADE to drop the dependent objects too.
... and 347 more failed records',8200,6780,355,1065,NULL);
INSERT INTO test_results VALUES(1142,19,'index/view/1000/slt_good_0.test','FAIL','2026-12-02 11:45:55.059988',1916,'line 3158: statement failed: cannot drop view view_1_tab0_737 because other objects depend on it DETAIL: view view_3_tab0_737 depends on view view_1_tab0_737 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3250: statement failed: cannot drop view view_1_tab1_737 because other objects depend on it DETAIL: view view_3_tab1_737 depends on view view_1_tab1_737 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3342: statement failed: cannot drop view view_1_tab2_737 because other objects depend on it DETAIL: view view_3_tab2_737 depends on view view_1_tab2_737 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3434: statement failed: cannot drop view view_1_tab3_737 because other objects depend on it DETAIL: view view_3_tab3_737 depends on view view_1_tab3_737 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3526: statement failed: cannot drop view view_1_tab4_737 because other objects depend on it DETAIL: view view_3_tab4_737 depends on view view_1_tab4_737 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3623: statement failed: cannot drop view view_1_tab0_739 because other objects depend on it DETAIL: view view_3_tab0_739 depends on view view_1_tab0_739 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3720: statement failed: cannot drop view view_1_tab1_739 because other objects depend on it DETAIL: view view_3_tab1_739 depends on view view_1_tab1_739 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 3817: statement failed: cannot drop view view_1_tab2_739 because other objects depend on it DETAIL: view view_3_tab2_739 depends on view view_1_tab2_739 HINT: Use DROP ... CASCADE to drop the dependent objects too.
... and 282 more failed records',7693,6533,290,870,NULL);
INSERT INTO test_results VALUES(1143,19,'index/delete/100/slt_good_0.test','PASS','2026-12-02 11:45:55.781699',892,NULL,11145,11145,0,0,NULL);
INSERT INTO test_results VALUES(1144,19,'index/delete/100/slt_good_1.test','PASS','2026-12-02 11:45:55.991352',928,NULL,10895,10895,0,0,NULL);
INSERT INTO test_results VALUES(1145,19,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 11:45:56.444141',660,NULL,11924,11924,0,0,NULL);
INSERT INTO test_results VALUES(1146,19,'index/delete/10/slt_good_1.test','PASS','2026-12-02 11:45:57.556460',1561,NULL,10774,10774,0,0,NULL);
INSERT INTO test_results VALUES(1147,19,'index/delete/10/slt_good_0.test','PASS','2026-12-02 11:45:57.944186',1497,NULL,10730,10730,0,0,NULL);
INSERT INTO test_results VALUES(1148,19,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 11:45:58.175668',617,NULL,11838,11838,0,0,NULL);
INSERT INTO test_results VALUES(1149,19,'index/view/10000/slt_good_0.test','FAIL','2026-12-02 11:46:00.023689',1846,'line 30160: statement failed: cannot drop view view_1_tab0_1 because other objects depend on it DETAIL: view view_3_tab0_1 depends on view view_1_tab0_1 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30257: statement failed: cannot drop view view_1_tab1_1 because other objects depend on it DETAIL: view view_3_tab1_1 depends on view view_1_tab1_1 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30354: statement failed: cannot drop view view_1_tab2_1 because other objects depend on it DETAIL: view view_3_tab2_1 depends on view view_1_tab2_1 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30451: statement failed: cannot drop view view_1_tab3_1 because other objects depend on it DETAIL: view view_3_tab3_1 depends on view view_1_tab3_1 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30548: statement failed: cannot drop view view_1_tab4_1 because other objects depend on it DETAIL: view view_3_tab4_1 depends on view view_1_tab4_1 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30645: statement failed: cannot drop view view_1_tab0_2 because other objects depend on it DETAIL: view view_3_tab0_2 depends on view view_1_tab0_2 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30742: statement failed: cannot drop view view_1_tab1_2 because other objects depend on it DETAIL: view view_3_tab1_2 depends on view view_1_tab1_2 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30839: statement failed: cannot drop view view_1_tab2_2 because other objects depend on it DETAIL: view view_3_tab2_2 depends on view view_1_tab2_2 HINT: Use DROP ... CASCADE to drop the dependent objects too.
line 30936: statement failed: cannot drop view view_1_tab3_2 because other objects depend on it DETAIL: view view_3_tab3_2 depends on view view_1_tab3_2 HINT: Use DROP ... CASCADE to drop the dependent objects too.
... and 21 more failed records',10712,10592,30,90,NULL);
INSERT INTO test_results VALUES(1150,19,'index/delete/1/slt_good_0.test','PASS','2026-12-02 11:46:00.431050',2484,NULL,10907,10907,0,0,NULL);
INSERT INTO test_results VALUES(1151,19,'select3.test','PASS','2026-12-02 11:46:00.470911',445,NULL,3351,3351,0,0,NULL);
INSERT INTO test_results VALUES(1152,19,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 11:46:01.147076',714,NULL,4741,4741,0,0,NULL);
INSERT INTO test_results VALUES(1153,19,'index/random/1000/slt_good_0.test','FAIL','2026-12-02 11:46:01.283004',135,'line 3589: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab0 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3593: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab1 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3597: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab2 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3601: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab3 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 3605: query failed: operator does not exist: + text LINE 1: SELECT ALL * FROM tab4 WHERE NOT + + col2 IS NOT NULL ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 5174: query failed: operator does not exist: + text LINE 1: SELECT ALL + col2 FROM tab0 AS cor0 WHERE NOT ( NOT col3 * -... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 5178: query failed: operator does not exist: + text LINE 1: SELECT ALL + col2 FROM tab1 AS cor0 WHERE NOT ( NOT col3 * -... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
line 5182: query failed: operator does not exist: + text LINE 1: SELECT ALL + col2 FROM tab2 AS cor0 WHERE NOT ( NOT col3 * -... ^ HINT: No operator matches the given name and argument type. You might need to add an explicit type cast.
... and 22 more failed records',2302,2002,30,270,NULL);
INSERT INTO test_results VALUES(1154,19,'select1.test','PASS','2026-12-02 11:46:01.475662',192,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(1155,19,'select2.test','PASS','2026-12-02 11:46:01.769161',292,NULL,1031,1031,0,0,NULL);
INSERT INTO test_results VALUES(1156,19,'index/random/1000/slt_good_1.test','PASS','2026-12-02 11:46:01.850586',81,NULL,1061,1051,0,10,NULL);
INSERT INTO test_results VALUES(1157,19,'evidence/in1.test','FAIL','2026-12-02 11:46:01.878998',28,'line 279: query failed: invalid input syntax for type integer: "hello" LINE 1: SELECT ''hello'' IN (SELECT * FROM t1) ^
line 290: query failed: invalid input syntax for type integer: "hello" LINE 1: SELECT ''hello'' NOT IN (SELECT * FROM t1) ^
line 313: query failed: operator does not exist: bit = integer LINE 1: SELECT x''303132'' IN (SELECT * FROM t1) ^ HINT: No operator matches the given name and argument types. You might need to add explicit type casts.
line 324: query failed: operator does not exist: bit = integer LINE 1: SELECT x''303132'' NOT IN (SELECT * FROM t1) ^ HINT: No operator matches the given name and argument types. You might need to add explicit type casts.',216,128,4,84,NULL);
INSERT INTO test_results VALUES(1158,19,'evidence/slt_lang_aggfunc.test','PASS','2026-12-02 11:46:01.996229',117,NULL,80,5,0,75,NULL);
INSERT INTO test_results VALUES(1159,19,'evidence/slt_lang_createtrigger.test','FAIL','2026-12-02 11:46:02.016902',20,'line 24: statement failed: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^
line 39: statement failed: syntax error at or near "DELETE" LINE 1: CREATE TRIGGER t1r2 DELETE ON t1 BEGIN SELECT 1; END; ^
line 42: statement failed: syntax error at or near "INSERT" LINE 1: CREATE TRIGGER t1r3 INSERT ON t1 BEGIN SELECT 1; END; ^
line 45: statement failed: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r4 UPDATE ON t1 BEGIN SELECT 1; END; ^
line 80: statement failed: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r5 AFTER DELETE ON t1 BEGIN SELECT 1; END; ^
line 83: statement failed: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r6 AFTER INSERT ON t1 BEGIN SELECT 1; END; ^
line 86: statement failed: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r7 AFTER UPDATE ON t1 BEGIN SELECT 1; END; ^
line 89: statement failed: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r8 BEFORE DELETE ON t1 BEGIN SELECT 1; END; ^
line 92: statement failed: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r9 BEFORE INSERT ON t1 BEGIN SELECT 1; END; ^
line 95: statement failed: syntax error at or near "BEGIN" LINE 1: CREATE TRIGGER t1r10 BEFORE UPDATE ON t1 BEGIN SELECT 1; END... ^
line 191: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r1 ^
line 194: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r2 ^
line 197: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r3 ^
line 200: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r4 ^
line 203: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r5 ^
line 206: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r6 ^
line 209: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r7 ^
line 212: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r8 ^
... and 2 more failed records',26,6,20,0,NULL);
INSERT INTO test_results VALUES(1160,19,'evidence/slt_lang_update.test','FAIL','2026-12-02 11:46:02.038571',21,'line 88: statement failed: multiple assignments to same column "x"
line 98: query result mismatch: value 1: expected ''0'', got ''3''
line 104: query result mismatch: value 1: expected ''3'', got ''0''',27,24,3,0,NULL);
INSERT INTO test_results VALUES(1161,19,'evidence/in2.test','FAIL','2026-12-02 11:46:02.160623',121,'line 81: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE 1 IN () ^
line 88: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE 1.0 IN () ^
line 95: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE ''1'' IN () ^
line 102: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE NULL IN () ^
line 109: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE 1 NOT IN () ^
line 119: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE 1.0 NOT IN () ^
line 129: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE ''1'' NOT IN () ^
line 139: query failed: syntax error at or near ")" LINE 1: SELECT 1 FROM t1 WHERE NULL NOT IN () ^',54,45,8,1,NULL);
INSERT INTO test_results VALUES(1162,19,'evidence/slt_lang_createview.test','FAIL','2026-12-02 11:46:02.185051',24,'line 69: statement succeeded but an error was expected
line 80: statement succeeded but an error was expected',25,13,2,10,NULL);
INSERT INTO test_results VALUES(1163,19,'evidence/slt_lang_reindex.test','FAIL','2026-12-02 11:46:02.305845',120,'line 37: statement failed: syntax error at or near "t1i1" LINE 1: REINDEX t1i1 ^',7,6,1,0,NULL);
INSERT INTO test_results VALUES(1164,19,'evidence/slt_lang_replace.test','FAIL','2026-12-02 11:46:02.428153',122,'line 38: statement failed: syntax error at or near "OR" LINE 1: INSERT OR REPLACE INTO t1 VALUES(2, ''insert or replace'') ^
line 42: query result mismatch: value 2: expected ''insert or replace'', got ''insert''
line 48: statement failed: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(2, ''replace'') ^
line 51: query result mismatch: value 2: expected ''replace'', got ''insert''
line 58: statement failed: syntax error at or near "OR" LINE 1: INSERT OR REPLACE INTO t1 VALUES(3, ''insert or replace (new)... ^
line 62: query result mismatch: expected 2 values, got 0
line 68: statement failed: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(4, ''replace (new)'') ^
line 71: query result mismatch: expected 2 values, got 0',14,6,8,0,NULL);
INSERT INTO test_results VALUES(1165,19,'evidence/slt_lang_dropview.test','PASS','2026-12-02 11:46:02.472235',43,NULL,13,13,0,0,NULL);
INSERT INTO test_results VALUES(1166,19,'evidence/slt_lang_droptable.test','PASS','2026-12-02 11:46:02.593382',121,NULL,12,12,0,0,NULL);
INSERT INTO test_results VALUES(1167,19,'evidence/slt_lang_droptrigger.test','FAIL','2026-12-02 11:46:02.717258',123,'line 24: statement failed: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^
line 27: statement failed: syntax error at end of input LINE 1: DROP TRIGGER t1r1 ^
line 44: statement failed: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^',12,9,3,0,NULL);
INSERT INTO test_results VALUES(1168,19,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 11:46:02.839891',122,NULL,8,8,0,0,NULL);
INSERT INTO test_results VALUES(1169,19,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:46:02.840511',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1170,19,'select5.test','PASS','2026-12-02 11:46:34.320179',33848,NULL,1436,1436,0,0,NULL);
INSERT INTO test_results VALUES(1171,20,'index/between/10/slt_good_1.test','FAIL','2026-12-02 11:46:46.893387',11664,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 69: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 84: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 23760: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23765: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23770: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23775: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23780: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23785: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23790: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23795: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23800: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 23805: query failed: SQL error: RecursionLimitExceeded (current limit: 50)',10029,10009,20,0,NULL);
INSERT INTO test_results VALUES(1172,20,'index/between/1/slt_good_0.test','FAIL','2026-12-02 11:46:48.436493',13203,'line 12: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 18: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 21: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 33: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 38459: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 38464: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 38469: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 38474: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 38479: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 38484: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
line 38489: query failed: SQL error: RecursionLimitExceeded (current limit: 50)
... and 3 more failed records',10022,10000,22,0,NULL);
INSERT INTO test_results VALUES(1173,20,'index/orderby_nosort/100/slt_good_1.test','FAIL','2026-12-02 11:46:57.248158',8807,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 339: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10141,10129,12,0,NULL);
INSERT INTO test_results VALUES(1174,20,'index/orderby/1000/slt_good_0.test','TIMEOUT','2026-12-02 11:47:07.284009',20000,'line 38777: timed out after 20 s',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1175,20,'index/orderby_nosort/100/slt_good_0.test','FAIL','2026-12-02 11:47:07.285221',9712,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 351: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 363: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 366: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10149,10135,14,0,NULL);
INSERT INTO test_results VALUES(1176,20,'index/orderby/100/slt_good_0.test','FAIL','2026-12-02 11:47:15.752322',8464,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10141,10129,12,0,NULL);
INSERT INTO test_results VALUES(1177,20,'index/orderby_nosort/1000/slt_good_0.test','TIMEOUT','2026-12-02 11:47:27.738681',20000,'line 40438: timed out after 20 s',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1178,20,'index/orderby/100/slt_good_1.test','FAIL','2026-12-02 11:47:35.613028',7871,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 354: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10140,10129,11,0,NULL);
INSERT INTO test_results VALUES(1179,20,'index/orderby_nosort/1000/slt_good_1.test','TIMEOUT','2026-12-02 11:47:36.209317',20000,'line 44547: timed out after 20 s',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1180,20,'random/expr/slt_good_0.test','FAIL','2026-12-02 11:47:40.629575',4415,'line 126: query failed: Schema at index 0 was different: Int64(36) + Int64(-25) * Int64(-20) * nullif(Int64(20),(- Int64(9))): int64 vs Int64(36) + Int64(-25) * Int64(-20) * nullif(Int64(20),(- Int64(9))): int64 not null
line 367: query failed: Schema at index 0 was different: col1: int64 col0: int64 not null vs col1: int64 not null col0: int64 not null
line 664: query failed: Schema at index 0 was different: Int64(50) * Int64(61) * Int64(52): int64 not null col2: int64 vs Int64(50) * Int64(61) * Int64(52): int64 not null col2: int64 not null
line 755: query failed: Schema at index 0 was different: nullif((- Int64(29)),Int64(62)): int64 vs nullif((- Int64(29)),Int64(62)): int64 not null
line 908: query failed: Error during planning: Projections require unique expression names but the expression "Int64(87) AS col2" at position 0 and "(- Int64(-25)) + Int64(-45) + Int64(3) / (- (- sum(DISTINCT Int64(3)))) AS col2" at position 1 have the same nam...
line 938: query failed: Error during planning: Projections require unique expression names but the expression "Int64(52) AS col0" at position 0 and "Int64(13) AS col0" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 1241: query failed: Error during planning: Projections require unique expression names but the expression "Int64(-24) * CAST(CAST(NULL AS Int32) AS Int32) AS col2" at position 0 and "Int64(54) AS col2" at position 1 have the same name. Consider aliasing ("A...
line 1553: query failed: Error during planning: Projections require unique expression names but the expression "Int64(1) / CASE Int64(26) WHEN Int64(-12) * Int64(96) THEN Int64(-18) * count(Int64(1)) AS count(*) + Int64(15) END AS col1" at position 0 and "Int64(...
line 1564: query failed: Schema at index 0 was different: nullif((- Int64(-62)),Int64(31)): int64 col1: int64 not null vs nullif((- Int64(-62)),Int64(31)): int64 not null col1: int64 not null
... and 587 more failed records',15426,9416,596,5414,NULL);
INSERT INTO test_results VALUES(1181,20,'index/orderby_nosort/10/slt_good_1.test','FAIL','2026-12-02 11:47:42.326544',6707,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 69: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 87: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10051,10039,12,0,NULL);
INSERT INTO test_results VALUES(1182,20,'index/orderby/10/slt_good_1.test','FAIL','2026-12-02 11:47:47.757892',7125,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 66: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 84: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 99: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10054,10039,15,0,NULL);
INSERT INTO test_results VALUES(1183,20,'index/commute/100/slt_good_0.test','FAIL','2026-12-02 11:47:49.496172',7167,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 339: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 354: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 363: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10122,10109,13,0,NULL);
INSERT INTO test_results VALUES(1184,20,'index/orderby/10/slt_good_0.test','FAIL','2026-12-02 11:47:56.010103',6509,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 66: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10053,10039,14,0,NULL);
INSERT INTO test_results VALUES(1185,20,'index/delete/10000/slt_good_0.test','FAIL','2026-12-02 11:48:04.039535',8010,'line 30009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30039: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30051: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 61281: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 61284: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 61287: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 61290: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 61302: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 61305: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 6 more failed records',20347,20325,22,0,NULL);
INSERT INTO test_results VALUES(1186,20,'index/commute/1000/slt_good_1.test','TIMEOUT','2026-12-02 11:48:08.199068',20000,'line 46671: timed out after 20 s',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1187,20,'index/orderby_nosort/10/slt_good_0.test','FAIL','2026-12-02 11:48:10.415096',6373,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 84: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10053,10039,14,0,NULL);
INSERT INTO test_results VALUES(1188,20,'random/aggregates/slt_good_1.test','FAIL','2026-12-02 11:48:12.677754',4475,'line 351: query failed: Schema error: Schema contains qualified field name tab2.col1 and unqualified field name col1 which would be ambiguous
line 1564: query failed: Error during planning: Projections require unique expression names but the expression "Int64(37) AS col1" at position 0 and "cor0.col0 AS col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 1668: query failed: Error during planning: Projections require unique expression names but the expression "(- cor0.col0) AS col2" at position 0 and "cor0.col0 * cor0.col0 AS col2" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 2108: query failed: Error during planning: Projections require unique expression names but the expression "(- cor0.col1) AS col1" at position 0 and "Int64(90) AS col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 2427: query failed: Schema error: Schema contains qualified field name cor0.col0 and unqualified field name col0 which would be ambiguous
line 2974: query failed: Error during planning: Projections require unique expression names but the expression "tab1.col1" at position 0 and "tab1.col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 3581: query failed: Error during planning: Projections require unique expression names but the expression "(- cor0.col0) AS col0" at position 0 and "cor0.col0 / (- Int64(-97)) AS col0" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 3881: query failed: Error during planning: Projections require unique expression names but the expression "cor0.col1" at position 0 and "cor0.col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 4318: query failed: Schema error: Schema contains qualified field name tab1.col1 and unqualified field name col1 which would be ambiguous
... and 137 more failed records',14128,9866,146,4116,NULL);
INSERT INTO test_results VALUES(1189,20,'random/aggregates/slt_good_0.test','FAIL','2026-12-02 11:48:14.970981',4552,'line 215: query failed: Error during planning: Projections require unique expression names but the expression "Int64(38) AS col2" at position 0 and "(- tab2.col0) AS col2" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 453: query failed: Error during planning: Projections require unique expression names but the expression "min(DISTINCT cor0.col1) * (- avg(DISTINCT (- CAST(NULL AS Int32)))) AS col2" at position 0 and "count((- cor0.col0)) AS col2" at position 1 have the s...
line 694: query failed: Schema error: Schema contains qualified field name tab1.col2 and unqualified field name col2 which would be ambiguous
line 827: query failed: Error during planning: Projections require unique expression names but the expression "(- cor0.col0) * Int64(26) AS col0" at position 0 and "(- cor0.col1) AS col0" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 3155: query failed: Error during planning: Projections require unique expression names but the expression "tab0.col1 - (- tab0.col2) AS col1" at position 0 and "Int64(10) AS col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 4020: query failed: Error during planning: Projections require unique expression names but the expression "Int64(-71) AS col1" at position 0 and "Int64(62) AS col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 4529: query failed: Error during planning: Projections require unique expression names but the expression "tab2.col0 * CAST((- tab2.col1) AS Int32) AS col0" at position 0 and "tab2.col2 AS col0" at position 1 have the same name. Consider aliasing ("AS") one...
line 4638: query failed: Schema error: Schema contains qualified field name tab0.col2 and unqualified field name col2 which would be ambiguous
... and 167 more failed records',13922,9837,175,3910,NULL);
INSERT INTO test_results VALUES(1190,20,'index/commute/100/slt_good_1.test','FAIL','2026-12-02 11:48:19.814516',7129,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 339: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 354: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10120,10109,11,0,NULL);
INSERT INTO test_results VALUES(1191,20,'index/commute/10/slt_good_1.test','FAIL','2026-12-02 11:48:20.572140',5598,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 84: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 87: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10030,10019,11,0,NULL);
INSERT INTO test_results VALUES(1192,20,'index/random/10/slt_good_1.test','FAIL','2026-12-02 11:48:23.386521',3569,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 66: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 69: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 84: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 99: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 285: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
... and 344 more failed records',12289,9674,360,2255,NULL);
INSERT INTO test_results VALUES(1193,20,'index/commute/10/slt_good_0.test','FAIL','2026-12-02 11:48:26.096204',5522,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 87: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 99: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10034,10019,15,0,NULL);
INSERT INTO test_results VALUES(1194,20,'index/random/100/slt_good_1.test','FAIL','2026-12-02 11:48:28.135049',4741,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 363: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 366: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 507: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
line 512: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
... and 428 more failed records',12178,9679,444,2055,NULL);
INSERT INTO test_results VALUES(1195,20,'index/random/10/slt_good_0.test','FAIL','2026-12-02 11:48:29.716354',3616,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 87: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 245: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
line 250: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
line 255: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
... and 372 more failed records',12172,9644,388,2140,NULL);
INSERT INTO test_results VALUES(1196,20,'index/random/100/slt_good_0.test','FAIL','2026-12-02 11:48:32.436296',4295,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 363: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 366: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 1497: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
line 1501: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
... and 398 more failed records',12028,9709,414,1905,NULL);
INSERT INTO test_results VALUES(1197,20,'random/select/slt_good_1.test','PASS','2026-12-02 11:48:37.518351',5077,NULL,11319,10012,0,1307,NULL);
INSERT INTO test_results VALUES(1198,20,'index/between/1000/slt_good_0.test','FAIL','2026-12-02 11:48:41.015531',11295,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3039: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3045: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3060: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',3792,3780,12,0,NULL);
INSERT INTO test_results VALUES(1199,20,'random/groupby/slt_good_1.test','FAIL','2026-12-02 11:48:43.402350',5880,'line 476: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col0" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col2" ap...
line 1367: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "tab1.col1" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor1.col2" ap...
line 1765: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col2" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col1" ap...
line 2902: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "tab0.col0" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "tab0.col2" ap...
line 3904: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col1" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col2" ap...
line 3971: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col0" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col1" ap...
line 4239: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col1" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col2, co...
... and 93 more failed records',10718,9912,100,706,NULL);
INSERT INTO test_results VALUES(1200,20,'random/expr/slt_good_1.test','FAIL','2026-12-02 11:48:44.191517',3171,'line 767: query failed: Error during planning: Projections require unique expression names but the expression "count(Int64(1)) AS count(*) AS col0" at position 0 and "Int64(-83) AS col0" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 952: query failed: Error during planning: Projections require unique expression names but the expression "count(Int64(1)) AS count(*) AS col2" at position 0 and "(- count(Int64(1)) AS count(*)) AS col2" at position 1 have the same name. Consider aliasing (...
line 1697: query failed: Error during planning: Projections require unique expression names but the expression "Int64(84) AS col1" at position 0 and "count(Int64(1)) AS count(*) AS col1" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 2156: query failed: Schema at index 0 was different: col1: int64 vs col1: int64 not null
line 3877: query failed: Schema at index 0 was different: col2: int64 vs col2: int64 not null
line 4092: query failed: Error during planning: Projections require unique expression names but the expression "Int64(73) + count(Int64(1)) AS count(*) AS col0" at position 0 and "Int64(85) AS col0" at position 1 have the same name. Consider aliasing ("AS") one ...
line 4921: query failed: Schema at index 0 was different: col0: int64 vs col0: int64 not null
line 5962: query failed: Error during planning: Projections require unique expression names but the expression "Int64(80) AS col0" at position 0 and "min(Int64(-82)) AS col0" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 6374: query failed: Error during planning: Projections require unique expression names but the expression "count(Int64(1)) AS count(*) * (- CAST(NULL AS Int32)) AS col1" at position 0 and "Int64(-16) AS col1" at position 1 have the same name. Consider alias...
... and 120 more failed records',13883,9883,129,3871,NULL);
INSERT INTO test_results VALUES(1201,20,'index/view/100/slt_good_0.test','FAIL','2026-12-02 11:48:48.434001',4239,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 336: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 351: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 363: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 366: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 369: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',8866,7711,15,1140,NULL);
INSERT INTO test_results VALUES(1202,20,'random/select/slt_good_0.test','PASS','2026-12-02 11:48:48.550006',5144,NULL,11084,10012,0,1072,NULL);
INSERT INTO test_results VALUES(1203,20,'index/view/100/slt_good_1.test','FAIL','2026-12-02 11:48:52.323592',3770,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 339: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 354: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',8172,7111,11,1050,NULL);
INSERT INTO test_results VALUES(1204,20,'random/groupby/slt_good_0.test','FAIL','2026-12-02 11:48:54.123051',5686,'line 30126: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col1" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col2, co...
line 30139: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "tab1.col2" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "tab1.col1" ap...
line 30147: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col2" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col0, co...
line 30268: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col2" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col0" ap...
line 30678: query failed: Schema at index 0 was different: col2: int32 vs col2: int64
line 30857: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col1" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "tab2.col2" ap...
line 32277: query failed: Schema at index 0 was different: CASE cor0.col2 WHEN cor0.col0 THEN (- cor0.col0) WHEN (- cor0.col0) THEN Int64(-60) END: int32 vs CASE cor0.col2 WHEN cor0.col0 THEN (- cor0.col0) WHEN (- cor0.col0) THEN Int64(-60) END: int64
line 32348: query failed: Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: While expanding wildcard, column "cor0.col2" must appear in the GROUP BY clause or must be part of an aggregate function, currently only "cor0.col1" ap...
... and 47 more failed records',10559,9957,55,547,NULL);
INSERT INTO test_results VALUES(1205,20,'index/view/1000/slt_good_0.test','FAIL','2026-12-02 11:49:05.561146',11434,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3033: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3045: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3048: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3060: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',7693,6811,12,870,NULL);
INSERT INTO test_results VALUES(1206,20,'index/view/10/slt_good_1.test','FAIL','2026-12-02 11:49:09.051826',3487,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',8200,7121,14,1065,NULL);
INSERT INTO test_results VALUES(1207,20,'select4.test','FAIL','2026-12-02 11:49:09.357821',17031,'line 3136: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3139: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3142: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3145: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3148: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3151: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3154: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3157: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3160: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3163: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3166: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3169: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3172: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3175: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3178: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3181: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',3857,3841,16,0,NULL);
INSERT INTO test_results VALUES(1208,20,'index/delete/100/slt_good_0.test','FAIL','2026-12-02 11:49:13.010549',3956,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 342: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 357: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 857: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 860: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 863: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 866: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 939 more failed records',11145,10190,955,0,NULL);
INSERT INTO test_results VALUES(1209,20,'index/delete/100/slt_good_1.test','FAIL','2026-12-02 11:49:13.232636',3872,'line 309: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 312: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 315: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 318: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 327: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 330: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 333: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 336: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 345: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 348: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 351: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 360: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 363: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 366: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 369: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 806: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 959 more failed records',10895,9920,975,0,NULL);
INSERT INTO test_results VALUES(1210,20,'index/delete/10/slt_good_1.test','FAIL','2026-12-02 11:49:16.682577',3447,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 72: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 84: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 87: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 103: statement failed: DataFusion error: DELETE operation on table ''tab0'' caused by Schema error: No field named __common_expr_3. Valid fields are pk, col0, col1, col2, col3, col4, col5.
line 106: query result mismatch: expected 0 values, got 8
line 116: statement failed: DataFusion error: DELETE operation on table ''tab1'' caused by Schema error: No field named __common_expr_3. Valid fields are pk, col0, col1, col2, col3, col4, col5.
... and 1889 more failed records',10774,8869,1905,0,NULL);
INSERT INTO test_results VALUES(1211,20,'index/delete/1000/slt_good_0.test','FAIL','2026-12-02 11:49:17.263480',4250,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3039: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3051: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6431: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6434: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6437: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6440: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6452: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6455: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 133 more failed records',11924,11775,149,0,NULL);
INSERT INTO test_results VALUES(1212,20,'index/delete/10/slt_good_0.test','FAIL','2026-12-02 11:49:20.100928',3416,'line 39: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 66: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 75: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 78: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 81: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 90: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 93: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 96: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 99: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 206: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 1815 more failed records',10730,8899,1831,0,NULL);
INSERT INTO test_results VALUES(1213,20,'index/delete/1000/slt_good_1.test','FAIL','2026-12-02 11:49:21.425645',4159,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3039: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3051: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3060: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6457: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6460: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6463: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 6466: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 122 more failed records',11838,11700,138,0,NULL);
INSERT INTO test_results VALUES(1214,20,'index/delete/1/slt_good_0.test','FAIL','2026-12-02 11:49:23.164960',3061,'line 12: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 18: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 21: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 33: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 42: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 45: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 48: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 57: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 60: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 63: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 143: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 146: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 149: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 152: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
... and 2665 more failed records',10907,8226,2681,0,NULL);
INSERT INTO test_results VALUES(1215,20,'select3.test','FAIL','2026-12-02 11:49:30.531332',7364,'line 467: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 480: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 626: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 639: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 716: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 730: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 745: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 759: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 774: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 788: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 803: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 817: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
... and 1098 more failed records',3351,2241,1110,0,NULL);
INSERT INTO test_results VALUES(1216,20,'index/view/10000/slt_good_0.test','FAIL','2026-12-02 11:49:36.281719',14831,'line 30009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30039: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30048: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30051: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 30057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',10712,10611,11,90,NULL);
INSERT INTO test_results VALUES(1217,20,'index/commute/1000/slt_good_0.test','FAIL','2026-12-02 11:49:39.764544',9227,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3033: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3045: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3060: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',4741,4729,12,0,NULL);
INSERT INTO test_results VALUES(1218,20,'index/random/1000/slt_good_0.test','FAIL','2026-12-02 11:49:41.467412',1700,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3033: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3045: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3048: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3060: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3063: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3589: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
line 3593: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
line 3597: query failed: Error during planning: Unary operator ''+'' only supports numeric, interval and timestamp types
... and 27 more failed records',2302,2024,43,235,NULL);
INSERT INTO test_results VALUES(1219,20,'select1.test','FAIL','2026-12-02 11:49:43.491125',2022,'line 154: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 174: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 183: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 216: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 232: query failed: Error during planning: Projections require unique expression names but the expression "(<subquery>)" at position 0 and "(<subquery>)" at position 4 have the same name. Consider aliasing ("AS") one of them.
line 281: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 322: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 381: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 406: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 453: query failed: Error during planning: Projections require unique expression names but the expression "(<subquery>)" at position 0 and "(<subquery>)" at position 1 have the same name. Consider aliasing ("AS") one of them.
line 475: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
... and 319 more failed records',1031,701,330,0,NULL);
INSERT INTO test_results VALUES(1220,20,'select2.test','FAIL','2026-12-02 11:49:45.395581',1903,'line 126: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 143: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 152: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 187: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 203: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 218: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 232: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 263: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 306: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 338: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 348: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
line 362: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression ScalarSubquery(<subquery>)
... and 323 more failed records',1031,696,335,0,NULL);
INSERT INTO test_results VALUES(1221,20,'index/random/1000/slt_good_1.test','FAIL','2026-12-02 11:49:45.808777',411,'line 3009: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3012: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3015: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3018: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3027: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3030: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3039: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3042: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3045: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3054: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3057: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 3060: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',1061,1044,12,5,NULL);
INSERT INTO test_results VALUES(1222,20,'evidence/in1.test','FAIL','2026-12-02 11:49:45.871848',62,'line 33: query failed: Schema at index 0 was different: Int64(1) IN Int64(2), Int64(3), Int64(4), Int64(5), Int64(6), Int64(7), Int64(8), Int64(9): bool vs Int64(1) IN Int64(2), Int64(3), Int64(4), Int64(5), Int64(6), Int64(7), Int64(8), Int64(9): bool not null
line 49: query failed: Schema at index 0 was different: Int64(1) NOT IN Int64(2), Int64(3), Int64(4), Int64(5), Int64(6), Int64(7), Int64(8), Int64(9): bool vs Int64(1) NOT IN Int64(2), Int64(3), Int64(4), Int64(5), Int64(6), Int64(7), Int64(8), Int64(9): bool...
line 75: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression InSubquery(InSubquery { expr: Literal(Int64(1), None), subquery: <subquery>, negated: false })
line 86: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression InSubquery(InSubquery { expr: Literal(Int64(1), None), subquery: <subquery>, negated: true })
line 97: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression InSubquery(InSubquery { expr: Literal(Int32(NULL), None), subquery: <subquery>, negated: false })
line 108: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression InSubquery(InSubquery { expr: Literal(Int32(NULL), None), subquery: <subquery>, negated: true })
line 122: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression InSubquery(InSubquery { expr: Literal(Int64(1), None), subquery: <subquery>, negated: false })
line 133: query failed: DataFusion error: This feature is not implemented: Physical plan does not support logical expression InSubquery(InSubquery { expr: Literal(Int64(1), None), subquery: <subquery>, negated: true })
... and 74 more failed records',216,50,82,84,NULL);
INSERT INTO test_results VALUES(1223,20,'evidence/slt_lang_aggfunc.test','FAIL','2026-12-02 11:49:45.874186',2,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',80,4,1,75,NULL);
INSERT INTO test_results VALUES(1224,20,'evidence/slt_lang_createtrigger.test','FAIL','2026-12-02 11:49:45.876601',2,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 24: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END
line 39: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r2 DELETE ON t1 BEGIN SELECT 1; END
line 42: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r3 INSERT ON t1 BEGIN SELECT 1; END
line 45: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r4 UPDATE ON t1 BEGIN SELECT 1; END
line 80: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r5 AFTER DELETE ON t1 BEGIN SELECT 1; END
line 83: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r6 AFTER INSERT ON t1 BEGIN SELECT 1; END
line 86: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r7 AFTER UPDATE ON t1 BEGIN SELECT 1; END
line 89: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r8 BEFORE DELETE ON t1 BEGIN SELECT 1; END
line 92: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r9 BEFORE INSERT ON t1 BEGIN SELECT 1; END
line 95: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r10 BEFORE UPDATE ON t1 BEGIN SELECT 1; END
line 191: statement failed: This feature is not implemented: Unsupported SQL statement: DROP TRIGGER t1r1
line 194: statement failed: This feature is not implemented: Unsupported SQL statement: DROP TRIGGER t1r2
line 197: statement failed: This feature is not implemented: Unsupported SQL statement: DROP TRIGGER t1r3
... and 7 more failed records',26,5,21,0,NULL);
INSERT INTO test_results VALUES(1225,20,'evidence/slt_lang_update.test','FAIL','2026-12-02 11:49:45.888125',11,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',27,26,1,0,NULL);
INSERT INTO test_results VALUES(1226,20,'evidence/in2.test','FAIL','2026-12-02 11:49:45.898828',10,'line 81: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 30")
line 88: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 32")
line 95: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 32")
line 102: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 33")
line 109: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 34")
line 119: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 36")
line 129: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 36")
line 139: query failed: SQL error: ParserError("Expected: an expression, found: ) at Line: 1, Column: 37")',54,45,8,1,NULL);
INSERT INTO test_results VALUES(1227,20,'evidence/slt_lang_createview.test','FAIL','2026-12-02 11:49:45.905961',3,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',25,14,1,10,NULL);
INSERT INTO test_results VALUES(1228,20,'evidence/slt_lang_reindex.test','FAIL','2026-12-02 11:49:45.908026',1,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 37: statement failed: SQL error: ParserError("Expected: an SQL statement, found: REINDEX at Line: 1, Column: 1")',7,5,2,0,NULL);
INSERT INTO test_results VALUES(1229,20,'evidence/slt_lang_replace.test','FAIL','2026-12-02 11:49:45.912910',4,'line 38: statement failed: DataFusion error: This feature is not implemented: Replace Into not implemented for MemoryTable yet
line 42: query result mismatch: value 2: expected ''insert or replace'', got ''insert''
line 48: statement failed: DataFusion error: This feature is not implemented: Replace Into not implemented for MemoryTable yet
line 51: query result mismatch: value 2: expected ''replace'', got ''insert''
line 58: statement failed: DataFusion error: This feature is not implemented: Replace Into not implemented for MemoryTable yet
line 62: query result mismatch: expected 2 values, got 0
line 68: statement failed: DataFusion error: This feature is not implemented: Replace Into not implemented for MemoryTable yet
line 71: query result mismatch: expected 2 values, got 0',14,6,8,0,NULL);
INSERT INTO test_results VALUES(1230,20,'evidence/slt_lang_dropview.test','FAIL','2026-12-02 11:49:45.915895',3,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',13,12,1,0,NULL);
INSERT INTO test_results VALUES(1231,20,'evidence/slt_lang_droptable.test','FAIL','2026-12-02 11:49:45.918094',2,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex',12,11,1,0,NULL);
INSERT INTO test_results VALUES(1232,20,'evidence/slt_lang_droptrigger.test','FAIL','2026-12-02 11:49:45.920120',2,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 24: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END
line 27: statement failed: This feature is not implemented: Unsupported SQL statement: DROP TRIGGER t1r1
line 44: statement failed: This feature is not implemented: Unsupported SQL statement: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END',12,8,4,0,NULL);
INSERT INTO test_results VALUES(1233,20,'evidence/slt_lang_dropindex.test','FAIL','2026-12-02 11:49:45.921930',1,'line 15: statement failed: DataFusion error: This feature is not implemented: Unsupported logical plan: CreateIndex
line 23: statement failed: This feature is not implemented: Only `DROP TABLE/VIEW/SCHEMA ...` statement is supported currently',8,6,2,0,NULL);
INSERT INTO test_results VALUES(1234,20,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:49:45.922333',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1235,20,'select5.test','TIMEOUT','2026-12-02 11:49:56.661437',20000,'line 26195: timed out after 20 s',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1236,21,'index/between/10/slt_good_1.test','FAIL','2026-12-02 11:50:14.350638',16926,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10014 more failed records',10029,0,10029,0,NULL);
INSERT INTO test_results VALUES(1237,21,'index/between/1/slt_good_0.test','FAIL','2026-12-02 11:50:15.665717',18237,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 12: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 18: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 21: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab1 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 30: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 33: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab2 does not exist. (UNKNOWN_TABLE)
... and 10010 more failed records',10022,0,10022,0,NULL);
INSERT INTO test_results VALUES(1238,21,'index/orderby/1000/slt_good_0.test','FAIL','2026-12-02 11:50:25.250885',10897,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 11025 more failed records',11043,0,11043,0,NULL);
INSERT INTO test_results VALUES(1239,21,'index/orderby_nosort/100/slt_good_1.test','FAIL','2026-12-02 11:50:26.757675',11089,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10123 more failed records',10141,0,10141,0,NULL);
INSERT INTO test_results VALUES(1240,21,'index/orderby_nosort/100/slt_good_0.test','FAIL','2026-12-02 11:50:36.669511',11416,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10131 more failed records',10149,0,10149,0,NULL);
INSERT INTO test_results VALUES(1241,21,'index/orderby_nosort/1000/slt_good_0.test','FAIL','2026-12-02 11:50:37.678515',10910,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 11022 more failed records',11040,0,11040,0,NULL);
INSERT INTO test_results VALUES(1242,21,'index/orderby/100/slt_good_0.test','FAIL','2026-12-02 11:50:47.423324',10746,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10123 more failed records',10141,0,10141,0,NULL);
INSERT INTO test_results VALUES(1243,21,'index/orderby_nosort/1000/slt_good_1.test','FAIL','2026-12-02 11:50:47.945408',10264,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 11025 more failed records',11043,0,11043,0,NULL);
INSERT INTO test_results VALUES(1244,21,'index/orderby/100/slt_good_1.test','FAIL','2026-12-02 11:50:57.802550',10373,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10122 more failed records',10140,0,10140,0,NULL);
INSERT INTO test_results VALUES(1245,21,'index/orderby_nosort/10/slt_good_1.test','FAIL','2026-12-02 11:50:59.120232',11171,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10036 more failed records',10051,0,10051,0,NULL);
INSERT INTO test_results VALUES(1246,21,'random/expr/slt_good_0.test','FAIL','2026-12-02 11:51:07.610913',9803,'line 121: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -MAX(CAST(NULL, ''INTEGER'')). (CANNOT_CONVERT_TYPE)
line 150: query result mismatch: value 1: expected ''-4836'', got ''-2904''
line 186: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT (CAST(NULL, ''INTEGER'') * -85) * 50. (CANNOT_CONVERT_TYPE)
line 198: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (58 + 78) + (((-COALESCE((caseWithExpression(68, -77 - -38, NULL, COUNT(*))), (81 + (-COUNT(*))) + CAST(NULL, ''INTEGER''), (34 * -30) * COUNT(*))) * 15) ...
line 354: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT ((((-CAST(NULL, ''INTEGER'')) * 3) * 76) * 73) + (-82). (CANNOT_CONVERT_TYPE)
line 385: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT (((((-CAST(NULL, ''INTEGER'')) * -89) + -(0)) + COUNT(*)) + -97) + (93 * -(31)) AS col1. (CANNOT_CONVERT_TYPE)
line 407: query result mismatch: value 1: expected ''-39'', got ''-38''
line 499: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT (CAST(CAST(NULL, ''INTEGER''), ''INTEGER'')) AS col0, (((98 * -(-9)) * -(-56)) * (-MIN(-(-34)))) + (-48 / -29). (CANNOT_CONVERT_TYPE)
line 524: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -MAX(-CAST(NULL, ''REAL'')). (CANNOT_CONVERT_TYPE)
line 565: query result mismatch: value 1: expected ''0'', got ''-23''
line 582: query result mismatch: value 1: expected ''0'', got ''66''
line 723: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (53 - -(-caseWithExpression(-NULLIF(-NULLIF(COALESCE(-(60), (((CAST(NULL, ''INTEGER'') + -(21)) + (50 / 84)) + -(-COALESCE(-(-(-(-76))), 39 + NULLIF(COALE...
... and 1337 more failed records',15426,8663,1349,5414,NULL);
INSERT INTO test_results VALUES(1247,21,'index/orderby/10/slt_good_1.test','FAIL','2026-12-02 11:51:10.264397',11141,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10039 more failed records',10054,0,10054,0,NULL);
INSERT INTO test_results VALUES(1248,21,'index/commute/100/slt_good_0.test','FAIL','2026-12-02 11:51:17.860329',10246,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10104 more failed records',10122,0,10122,0,NULL);
INSERT INTO test_results VALUES(1249,21,'index/commute/1000/slt_good_1.test','FAIL','2026-12-02 11:51:20.124616',9857,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10565 more failed records',10583,0,10583,0,NULL);
INSERT INTO test_results VALUES(1250,21,'index/delete/10000/slt_good_0.test','FAIL','2026-12-02 11:51:26.031181',5903,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 20329 more failed records',20347,0,20347,0,NULL);
INSERT INTO test_results VALUES(1251,21,'index/orderby/10/slt_good_0.test','FAIL','2026-12-02 11:51:28.291731',10428,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10038 more failed records',10053,0,10053,0,NULL);
INSERT INTO test_results VALUES(1252,21,'index/orderby_nosort/10/slt_good_0.test','FAIL','2026-12-02 11:51:37.136010',11102,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10038 more failed records',10053,0,10053,0,NULL);
INSERT INTO test_results VALUES(1253,21,'random/aggregates/slt_good_1.test','FAIL','2026-12-02 11:51:44.447051',16150,'line 351: query result mismatch: value 1: expected ''51'', got ''23''
line 389: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (CAST(NULL, ''REAL'')) - col0 AS col1 FROM tab1. (CANNOT_CONVERT_TYPE)
line 544: query result mismatch: value 1: expected ''-21'', got ''-19''
line 858: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT MAX(col0) FROM tab2 AS cor0 WHERE (col2 * CAST(NULL, ''REAL'')) IS NULL. (CANNOT_CONVERT_TYPE)
line 1038: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (-19 * CAST(-CAST(NULL, ''INTEGER''), ''INTEGER'')) * 44 FROM tab0 AS cor0. (CANNOT_CONVERT_TYPE)
line 1252: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -MAX(-CAST(NULL, ''INTEGER'')) AS col0 FROM tab2 AS cor0 CROSS JOIN tab2 AS cor1. (CANNOT_CONVERT_TYPE)
line 1381: query result mismatch: value 2: expected ''-21'', got ''10''
line 1441: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT 71 AS col2, (-3 - (70 * CAST(NULL, ''INTEGER''))) + 57 AS col0 FROM tab1 AS cor0. (CANNOT_CONVERT_TYPE)
line 1530: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (((-col2) * (-(29))) * (-CAST(NULL, ''INTEGER''))) * col1 FROM tab0 AS cor0. (CANNOT_CONVERT_TYPE)
line 1564: query failed: Code: 179. DB::Exception: Multiple expressions (col0) AS col1 and 37 AS col1 for alias col1. In scope SELECT 37 AS col1, (col0) AS col1 FROM tab0 AS cor0 WHERE NULL IS NULL. (MULTIPLE_EXPRESSIONS_FOR_ALIAS)
line 1668: query failed: Code: 179. DB::Exception: Multiple expressions col0 * col0 AS col2 and -col0 AS col2 for alias col2. In scope SELECT -col0 AS col2, col0 * col0 AS col2 FROM tab1 AS cor0. (MULTIPLE_EXPRESSIONS_FOR_ALIAS)
... and 1174 more failed records',14128,8827,1185,4116,NULL);
INSERT INTO test_results VALUES(1254,21,'random/aggregates/slt_good_0.test','FAIL','2026-12-02 11:51:52.104609',14964,'line 81: query failed: Code: 62. DB::Exception: Syntax error: failed at position 106 (cor1): cor1 ). Expected one of: token sequence, Dot, token, OpeningRoundBracket, UUID, alias, AS, FINAL, SAMPLE, STREAM, table, table function, subquery or list of joined tab...
line 110: query result mismatch: expected 2 values, got 3
line 135: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT (-CAST(NULL, ''INTEGER'')) / 0 AS col0 FROM tab0 AS cor0 WHERE NOT ((-CAST(NULL, ''INTEGER'')) IS NOT NULL). (CANNOT_CONVERT_TYPE)
line 163: query result mismatch: value 1: expected ''0'', got ''124''
line 215: query failed: Code: 179. DB::Exception: Multiple expressions -col0 AS col2 and 38 AS col2 for alias col2. In scope SELECT 38 AS col2, -col0 AS col2 FROM tab2 WHERE col2 IS NOT NULL. (MULTIPLE_EXPRESSIONS_FOR_ALIAS)
line 453: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT MINDistinct(col1) * (-AVGDistinct((-CAST(NULL, ''INTEGER'')))) AS col2, COUNT(-col0) AS col2 FROM tab2 AS cor0. (CANNOT_CONVERT_TYPE)
line 586: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT 62 AS col0, CAST(NULL, ''INTEGER'') * (-COUNT(*)) FROM tab0 AS cor0 WHERE 62 IN (col0 - -10, col1, (-41)). (CANNOT_CONVERT_TYPE)
line 694: query failed: Code: 179. DB::Exception: Multiple expressions col2 AS col2 and -col1 AS col2 for alias col2. In scope SELECT DISTINCT -col1 AS col2, col2 AS col2 FROM tab1 WHERE (-(-CAST(-col1, ''REAL'')) < (-col0)) OR (-(-CAST(-col1, ''REAL'')) > NULL). (...
line 768: query result mismatch: value 1: expected ''53'', got ''52''
line 806: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT ((CAST(47, ''INTEGER'') * SUM(28)) + MINDistinct(CAST(NULL, ''INTEGER''))) + COUNT(*) AS col2 FROM tab1 AS cor0 WHERE NOT ((-(60) - (-col0)) IS NOT NULL). (...
... and 1345 more failed records',13922,8657,1355,3910,NULL);
INSERT INTO test_results VALUES(1255,21,'index/commute/100/slt_good_1.test','FAIL','2026-12-02 11:51:54.988348',10537,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10102 more failed records',10120,0,10120,0,NULL);
INSERT INTO test_results VALUES(1256,21,'index/commute/10/slt_good_1.test','FAIL','2026-12-02 11:52:02.426431',10319,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10015 more failed records',10030,0,10030,0,NULL);
INSERT INTO test_results VALUES(1257,21,'index/random/10/slt_good_1.test','FAIL','2026-12-02 11:52:03.537959',8545,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10019 more failed records',12289,0,10034,2255,NULL);
INSERT INTO test_results VALUES(1258,21,'index/random/100/slt_good_1.test','FAIL','2026-12-02 11:52:12.019429',8473,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10105 more failed records',12178,0,10123,2055,NULL);
INSERT INTO test_results VALUES(1259,21,'index/commute/10/slt_good_0.test','FAIL','2026-12-02 11:52:12.591379',10162,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10019 more failed records',10034,0,10034,0,NULL);
INSERT INTO test_results VALUES(1260,21,'index/random/10/slt_good_0.test','FAIL','2026-12-02 11:52:20.475907',8452,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10017 more failed records',12172,0,10032,2140,NULL);
INSERT INTO test_results VALUES(1261,21,'index/random/100/slt_good_0.test','FAIL','2026-12-02 11:52:20.888844',8294,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10105 more failed records',12028,0,10123,1905,NULL);
INSERT INTO test_results VALUES(1262,21,'index/between/1000/slt_good_0.test','FAIL','2026-12-02 11:52:26.052665',5572,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 3774 more failed records',3792,0,3792,0,NULL);
INSERT INTO test_results VALUES(1263,21,'random/select/slt_good_1.test','FAIL','2026-12-02 11:52:37.151915',16257,'line 62: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT col2 + (-CAST(NULL, ''REAL'')) AS col1 FROM tab1 AS cor0. (CANNOT_CONVERT_TYPE)
line 160: query result mismatch: expected 2 values, got 3
line 259: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab2 AS cor0. (CANNOT_CONVERT_TYPE)
line 325: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT col0 - CAST(NULL, ''INTEGER'') AS col1 FROM tab2. (CANNOT_CONVERT_TYPE)
line 564: query result mismatch: expected 2 values, got 3
line 601: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT -CAST(NULL, ''INTEGER'') FROM tab0, tab1 AS cor0. (CANNOT_CONVERT_TYPE)
line 841: query result mismatch: value 2: expected ''22'', got ''21''
line 967: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (-CAST(NULL, ''INTEGER'')) / (-col1) AS col0 FROM tab0. (CANNOT_CONVERT_TYPE)
line 1210: query result mismatch: value 1: expected ''15'', got ''14''
line 1320: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT (-CAST(NULL, ''INTEGER'')) * 34 AS col1 FROM tab2 AS cor0. (CANNOT_CONVERT_TYPE)
line 1750: query result mismatch: value 2: expected ''18'', got ''17''
line 1836: query result mismatch: value 1: expected ''-205378'', got ''-205377''
line 2017: query result mismatch: value 3: expected ''7'', got ''6''
line 2182: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') AS col0 FROM tab0, tab0 AS cor0, tab1 AS cor1. (CANNOT_CONVERT_TYPE)
... and 481 more failed records',11319,9517,495,1307,NULL);
INSERT INTO test_results VALUES(1264,21,'random/groupby/slt_good_1.test','FAIL','2026-12-02 11:52:40.389674',14333,'line 232: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') AS col1 FROM tab2 GROUP BY col0. (CANNOT_CONVERT_TYPE)
line 476: query failed: Code: 215. DB::Exception: Column ''cor0.col0'' is not under aggregate function and not in GROUP BY keys. In query SELECT COALESCE(3, 40 * cor0.col0) AS col1 FROM tab1 AS cor0 GROUP BY cor0.col2. (NOT_AN_AGGREGATE)
line 1367: query failed: Code: 215. DB::Exception: Column ''default.tab1.col1'' is not under aggregate function and not in GROUP BY keys. In query SELECT DISTINCT COALESCE(29, tab1.col1) AS col0 FROM tab1, tab0 AS cor0, tab2 AS cor1 GROUP BY cor1.col2. (NOT_AN_AGG...
line 1468: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT CAST(NULL, ''INTEGER'') FROM tab2 AS cor0 GROUP BY col0. (CANNOT_CONVERT_TYPE)
line 1765: query failed: Code: 215. DB::Exception: Column ''cor0.col2'' is not under aggregate function and not in GROUP BY keys. In query SELECT DISTINCT COALESCE(-85, cor0.col2 + 58) FROM tab2 AS cor0 GROUP BY cor0.col1. (NOT_AN_AGGREGATE)
line 2214: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT cor0.col0 * CAST(NULL, ''INTEGER'') FROM tab0 AS cor0 GROUP BY cor0.col1, cor0.col0. (CANNOT_CONVERT_TYPE)
line 2542: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab2 AS cor0 GROUP BY cor0.col0, col1. (CANNOT_CONVERT_TYPE)
line 2558: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -CAST(NULL, ''INTEGER'') AS col1 FROM tab1 AS cor0 GROUP BY cor0.col0, cor0.col0. (CANNOT_CONVERT_TYPE)
... and 326 more failed records',10718,9678,334,706,NULL);
INSERT INTO test_results VALUES(1265,21,'random/expr/slt_good_1.test','FAIL','2026-12-02 11:52:45.521773',8362,'line 204: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER''). (CANNOT_CONVERT_TYPE)
line 325: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''REAL''). (CANNOT_CONVERT_TYPE)
line 342: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -(-(-AVG(CAST(NULL, ''INTEGER'')))) AS col2. (CANNOT_CONVERT_TYPE)
line 454: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT (CAST(NULL, ''INTEGER'') + CAST(NULL, ''INTEGER'')) + 77. (CANNOT_CONVERT_TYPE)
line 491: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -CAST(NULL, ''INTEGER''). (CANNOT_CONVERT_TYPE)
line 572: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER''). (CANNOT_CONVERT_TYPE)
line 584: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -CAST(NULL, ''INTEGER'') AS col1. (CANNOT_CONVERT_TYPE)
line 767: query failed: Code: 179. DB::Exception: Multiple expressions -83 AS col0 and COUNT(*) AS col0 for alias col0. In scope SELECT COUNT(*) AS col0, -83 AS col0. (MULTIPLE_EXPRESSIONS_FOR_ALIAS)
line 790: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -CAST(NULL, ''INTEGER''). (CANNOT_CONVERT_TYPE)
line 834: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT 75 + (-CAST(NULL, ''INTEGER'')) AS col1. (CANNOT_CONVERT_TYPE)
line 907: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT 46 + CAST(NULL, ''INTEGER''). (CANNOT_CONVERT_TYPE)
... and 811 more failed records',13883,9190,822,3871,NULL);
INSERT INTO test_results VALUES(1266,21,'index/view/100/slt_good_0.test','FAIL','2026-12-02 11:52:51.081616',5555,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 6568 more failed records',8866,1140,6586,1140,NULL);
INSERT INTO test_results VALUES(1267,21,'random/select/slt_good_0.test','FAIL','2026-12-02 11:52:57.081320',16687,'line 83: query result mismatch: value 2: expected ''-68'', got ''-67''
line 681: query result mismatch: expected 1 values, got 3
line 1009: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT (col0 + (col1 / CAST(NULL, ''REAL''))) + (-col1) FROM tab1 AS cor0. (CANNOT_CONVERT_TYPE)
line 1038: query result mismatch: value 1: expected ''-5'', got ''-4''
line 1199: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -CAST(NULL, ''INTEGER'') FROM tab1. (CANNOT_CONVERT_TYPE)
line 1762: query result mismatch: value 1: expected ''7396'', got ''7395''
line 2190: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') AS col1 FROM tab0, tab2 AS cor0. (CANNOT_CONVERT_TYPE)
line 2795: query result mismatch: value 1: expected ''-16'', got ''-15''
line 3629: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT col0 - (-CAST(NULL, ''REAL'')) FROM tab1 AS cor0. (CANNOT_CONVERT_TYPE)
line 3800: query result mismatch: value 1: expected ''-617'', got ''-616''
line 3888: query result mismatch: expected 2 values, got 3
line 4182: query result mismatch: value 1: expected ''-10'', got ''-12''
line 4658: query result mismatch: value 1: expected ''-2079'', got ''-2078''
line 5336: query result mismatch: expected 1 values, got 3
line 5433: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab1 AS cor0. (CANNOT_CONVERT_TYPE)
line 5625: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab0. (CANNOT_CONVERT_TYPE)
line 5676: query result mismatch: value 1: expected ''-1248'', got ''-1247''
line 5758: query result mismatch: expected 3 listed values, got 9 values hashing to e523d2c91275bec27962404a42c27d3b (over hash-threshold 8)
... and 395 more failed records',11084,9599,413,1072,NULL);
INSERT INTO test_results VALUES(1268,21,'index/view/100/slt_good_1.test','FAIL','2026-12-02 11:53:02.555840',5471,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 6054 more failed records',8172,1050,6072,1050,NULL);
INSERT INTO test_results VALUES(1269,21,'random/groupby/slt_good_0.test','FAIL','2026-12-02 11:53:06.317622',15231,'line 506: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab0 AS cor0 GROUP BY cor0.col2, cor0.col2. (CANNOT_CONVERT_TYPE)
line 1562: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab2 AS cor0 GROUP BY col1. (CANNOT_CONVERT_TYPE)
line 2663: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') AS col2 FROM tab2 GROUP BY tab2.col0. (CANNOT_CONVERT_TYPE)
line 3060: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT CAST(NULL, ''INTEGER'') FROM tab2 AS cor0 GROUP BY col2. (CANNOT_CONVERT_TYPE)
line 3666: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab0 AS cor0 GROUP BY cor0.col2. (CANNOT_CONVERT_TYPE)
line 4235: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT -CAST(NULL, ''INTEGER'') AS col2 FROM tab0 GROUP BY tab0.col1. (CANNOT_CONVERT_TYPE)
line 4416: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT DISTINCT CAST(NULL, ''INTEGER'') FROM tab2 AS cor0 GROUP BY cor0.col1. (CANNOT_CONVERT_TYPE)
line 5012: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') AS col2 FROM tab0 AS cor0 GROUP BY cor0.col1. (CANNOT_CONVERT_TYPE)
line 5734: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab0 AS cor0 GROUP BY cor0.col0. (CANNOT_CONVERT_TYPE)
line 6185: query failed: Code: 70. DB::Exception: Cannot convert NULL to a non-nullable type: In scope SELECT CAST(NULL, ''INTEGER'') FROM tab1 AS cor0 GROUP BY cor0.col0. (CANNOT_CONVERT_TYPE)
... and 256 more failed records',10559,9746,266,547,NULL);
INSERT INTO test_results VALUES(1270,21,'index/view/1000/slt_good_0.test','FAIL','2026-12-02 11:53:11.092294',4770,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 5935 more failed records',7693,870,5953,870,NULL);
INSERT INTO test_results VALUES(1271,21,'index/view/10/slt_good_1.test','FAIL','2026-12-02 11:53:16.303283',5205,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 6055 more failed records',8200,1065,6070,1065,NULL);
INSERT INTO test_results VALUES(1272,21,'select4.test','FAIL','2026-12-02 11:53:19.790046',17232,'line 3136: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3139: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3142: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3145: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3148: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3151: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3154: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3157: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3160: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3163: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 3166: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 743 more failed records',3857,3103,754,0,NULL);
INSERT INTO test_results VALUES(1273,21,'index/delete/100/slt_good_0.test','FAIL','2026-12-02 11:53:22.272039',5963,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 11127 more failed records',11145,0,11145,0,NULL);
INSERT INTO test_results VALUES(1274,21,'index/delete/100/slt_good_1.test','FAIL','2026-12-02 11:53:25.236677',5442,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10877 more failed records',10895,0,10895,0,NULL);
INSERT INTO test_results VALUES(1275,21,'index/delete/1000/slt_good_0.test','FAIL','2026-12-02 11:53:26.066819',3793,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 11906 more failed records',11924,0,11924,0,NULL);
INSERT INTO test_results VALUES(1276,21,'index/delete/10/slt_good_1.test','FAIL','2026-12-02 11:53:32.066210',6826,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10759 more failed records',10774,0,10774,0,NULL);
INSERT INTO test_results VALUES(1277,21,'index/delete/10/slt_good_0.test','FAIL','2026-12-02 11:53:32.854474',6784,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 39: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 42: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 45: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
... and 10715 more failed records',10730,0,10730,0,NULL);
INSERT INTO test_results VALUES(1278,21,'index/delete/1000/slt_good_1.test','FAIL','2026-12-02 11:53:35.774523',3701,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 11820 more failed records',11838,0,11838,0,NULL);
INSERT INTO test_results VALUES(1279,21,'index/view/10000/slt_good_0.test','FAIL','2026-12-02 11:53:39.057266',3281,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 10514 more failed records',10712,90,10532,90,NULL);
INSERT INTO test_results VALUES(1280,21,'index/delete/1/slt_good_0.test','FAIL','2026-12-02 11:53:39.697337',6836,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 12: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 18: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 21: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab1 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 30: statement failed: Code: 48. DB::Exception: CREATE UNIQUE INDEX is not supported. SET create_index_ignore_unique=1 to ignore this UNIQUE keyword. (NOT_IMPLEMENTED)
line 33: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab2 does not exist. (UNKNOWN_TABLE)
... and 10895 more failed records',10907,0,10907,0,NULL);
INSERT INTO test_results VALUES(1281,21,'index/commute/1000/slt_good_0.test','FAIL','2026-12-02 11:53:44.181959',4482,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 4723 more failed records',4741,0,4741,0,NULL);
INSERT INTO test_results VALUES(1282,21,'select5.test','FAIL','2026-12-02 11:53:47.277950',3094,'line 1: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 8: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 11: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 14: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 17: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 20: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 23: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 26: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 29: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 32: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 35: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 38: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 45: statement failed: Code: 60. DB::Exception: Table default.t2 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.t2 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.t2 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.t2 does not exist. (UNKNOWN_TABLE)
line 57: statement failed: Code: 60. DB::Exception: Table default.t2 does not exist. (UNKNOWN_TABLE)
line 60: statement failed: Code: 60. DB::Exception: Table default.t2 does not exist. (UNKNOWN_TABLE)
... and 1418 more failed records',1436,0,1436,0,NULL);
INSERT INTO test_results VALUES(1283,21,'index/random/1000/slt_good_0.test','FAIL','2026-12-02 11:53:48.519931',1240,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 2049 more failed records',2302,0,2067,235,NULL);
INSERT INTO test_results VALUES(1284,21,'select1.test','FAIL','2026-12-02 11:53:51.913244',3392,'line 109: query result mismatch: expected 80 values hashing to f588aa173060543daffc54d07638516f, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 174: query result mismatch: expected 20 values hashing to 1d6b8ed1db696a5f1c8d126facddd077, got 20 values hashing to bcacc2835f645a422e7c49b22a4249ee
line 198: query result mismatch: expected 210 values hashing to a259991ed1248a55a07838ce36a7c257, got 182 values hashing to 4f232fa12cd8535f602e521b25236df7
line 216: query result mismatch: expected 180 values hashing to 631b9506abcdd5dcea64c7ed2a3799ed, got 144 values hashing to 514326912567d2f66ec1c88d20119802
line 232: query result mismatch: expected 125 values hashing to 58b4ab36ed442f3837188b38cd02486a, got 125 values hashing to 0f2496d4d1b13047425b4ef95af41824
line 281: query result mismatch: expected 66 values hashing to 49b01d3ad62fdaa733104a9c70dfb87c, got 66 values hashing to bcf30b4b63a4bb1ad9e301a2e3065d25
line 322: query result mismatch: expected 210 values hashing to b046dd2378da12da24149ec8171de183, got 210 values hashing to dd76634454e98bfd47605d3ff167d9fa
line 381: query result mismatch: expected 132 values hashing to b1b55f05abc1bf86626a186d4b60ea65, got 132 values hashing to 7a7931b47f18ffe1fef7e20753f4a41a
line 406: query result mismatch: expected 56 values hashing to 41c19a8a94cbb13f6a1672a654f9ef40, got 56 values hashing to 2f5296ef565c1e1546c78625f4f5bbf1
line 453: query result mismatch: expected 135 values hashing to 635b37bb69d24a1353243f6975112cea, got 135 values hashing to 139529f9d5cb32edef73afe0a1e23809
line 475: query result mismatch: expected 140 values hashing to dd6eae29e54f220617fca7f22df83acb, got 140 values hashing to 15c844c0560400d44dceefbd8be76bf8
line 543: query result mismatch: expected 84 values hashing to 5e2c89b85bc66b196ff3083128f5a494, got 84 values hashing to 350502fed7b67155e2b013bd82742cba
... and 257 more failed records',1031,762,269,0,NULL);
INSERT INTO test_results VALUES(1285,21,'select3.test','FAIL','2026-12-02 11:53:52.895359',13836,'line 124: query result mismatch: expected 55 values hashing to 625899fde153a4e776b22705ac30f7fb, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 138: query result mismatch: expected 55 values hashing to 625899fde153a4e776b22705ac30f7fb, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 153: query result mismatch: expected 55 values hashing to 625899fde153a4e776b22705ac30f7fb, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 167: query result mismatch: expected 55 values hashing to 625899fde153a4e776b22705ac30f7fb, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 182: query result mismatch: expected 55 values hashing to 625899fde153a4e776b22705ac30f7fb, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 196: query result mismatch: expected 55 values hashing to 625899fde153a4e776b22705ac30f7fb, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 467: query result mismatch: expected 119 values hashing to de49937f8a76d58e90ee610d71c5d209, got 119 values hashing to 5726979d19356379fdfd2468ee62de50
line 480: query result mismatch: expected 119 values hashing to de49937f8a76d58e90ee610d71c5d209, got 119 values hashing to 5726979d19356379fdfd2468ee62de50
line 626: query result mismatch: expected 78 values hashing to 014a4e77c58e1d60b4cbbcae9e6fd9f8, got 78 values hashing to ba89021178680ba92bb842792beb0b0b
line 639: query result mismatch: expected 78 values hashing to 014a4e77c58e1d60b4cbbcae9e6fd9f8, got 78 values hashing to ba89021178680ba92bb842792beb0b0b
line 716: query result mismatch: expected 54 values hashing to 53281ade33cc2a4f0c7178ec3fb32ac9, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 730: query result mismatch: expected 54 values hashing to 53281ade33cc2a4f0c7178ec3fb32ac9, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
... and 1084 more failed records',3351,2255,1096,0,NULL);
INSERT INTO test_results VALUES(1286,21,'index/random/1000/slt_good_1.test','FAIL','2026-12-02 11:53:53.279542',383,'line 3: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 6: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 9: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 12: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 15: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 18: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 21: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 24: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 27: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 30: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 33: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 36: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 39: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 42: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 45: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 48: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 51: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
line 54: statement failed: Code: 60. DB::Exception: Table default.tab0 does not exist. (UNKNOWN_TABLE)
... and 1038 more failed records',1061,0,1056,5,NULL);
INSERT INTO test_results VALUES(1287,21,'evidence/in1.test','FAIL','2026-12-02 11:53:53.418785',138,'line 97: query result mismatch: value 1: expected ''0'', got ''NULL''
line 108: query result mismatch: value 1: expected ''1'', got ''NULL''
line 113: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 122: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t2''. Maybe you meant default.t1? In scope (SELECT * FROM t2). (UNKNOWN_TABLE)
line 133: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t2''. Maybe you meant default.t1? In scope (SELECT * FROM t2). (UNKNOWN_TABLE)
line 144: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t2''. Maybe you meant default.t1? In scope (SELECT * FROM t2). (UNKNOWN_TABLE)
line 155: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t2''. Maybe you meant default.t1? In scope (SELECT * FROM t2). (UNKNOWN_TABLE)
line 160: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 27 (UNIQUE): UNIQUE). Expected one of: SIGNED, UNSIGNED, COLLATE, NOT, NULL, DEFAULT, MATERIALIZED, ALIAS, EPHEMERAL, AUTO_INCREMENT, COMMENT, CODEC, STATISTICS, TTL, PRIMARY KEY,...
line 169: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t3''. Maybe you meant default.t1? In scope (SELECT * FROM t3). (UNKNOWN_TABLE)
line 180: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t3''. Maybe you meant default.t1? In scope (SELECT * FROM t3). (UNKNOWN_TABLE)
line 191: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t3''. Maybe you meant default.t1? In scope (SELECT * FROM t3). (UNKNOWN_TABLE)
line 202: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t3''. Maybe you meant default.t1? In scope (SELECT * FROM t3). (UNKNOWN_TABLE)
... and 70 more failed records',216,50,82,84,NULL);
INSERT INTO test_results VALUES(1288,21,'evidence/slt_lang_aggfunc.test','FAIL','2026-12-02 11:53:53.448831',29,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)',80,4,1,75,NULL);
INSERT INTO test_results VALUES(1289,21,'evidence/slt_lang_createtrigger.test','FAIL','2026-12-02 11:53:53.483086',34,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 24: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r1): t1r1 UPDATE ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTIN...
line 39: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r2): t1r2 DELETE ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTIN...
line 42: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r3): t1r3 INSERT ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTIN...
line 45: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r4): t1r4 UPDATE ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTIN...
line 80: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r5): t1r5 AFTER DELETE ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, ...
line 83: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r6): t1r6 AFTER INSERT ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, ...
... and 14 more failed records',26,5,21,0,NULL);
INSERT INTO test_results VALUES(1290,21,'evidence/slt_lang_update.test','FAIL','2026-12-02 11:53:53.535895',52,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 24: statement failed: Code: 48. DB::Exception: Lightweight updates are not supported. Lightweight updates are supported only for tables with materialized _block_number column. Run ''MODIFY SETTING enable_block_number_column = 1'' command to enable it. (NOT_IMPL...
line 27: statement failed: Code: 48. DB::Exception: Lightweight updates are not supported. Lightweight updates are supported only for tables with materialized _block_number column. Run ''MODIFY SETTING enable_block_number_column = 1'' command to enable it. (NOT_IMPL...
line 30: statement failed: Code: 48. DB::Exception: Lightweight updates are not supported. Lightweight updates are supported only for tables with materialized _block_number column. Run ''MODIFY SETTING enable_block_number_column = 1'' command to enable it. (NOT_IMPL...
line 33: statement failed: Code: 48. DB::Exception: Lightweight updates are not supported. Lightweight updates are supported only for tables with materialized _block_number column. Run ''MODIFY SETTING enable_block_number_column = 1'' command to enable it. (NOT_IMPL...
line 45: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 18 (end of query): . Expected one of: token, DoubleColon, Comma, IN PARTITION, WHERE, end of query. (SYNTAX_ERROR)
line 48: query result mismatch: value 1: expected ''3'', got ''0''
line 56: statement failed: Code: 48. DB::Exception: Lightweight updates are not supported. Lightweight updates are supported only for tables with materialized _block_number column. Run ''MODIFY SETTING enable_block_number_column = 1'' command to enable it. (NOT_IMPL...
... and 10 more failed records',27,9,18,0,NULL);
INSERT INTO test_results VALUES(1291,21,'evidence/in2.test','FAIL','2026-12-02 11:53:53.614237',77,'line 139: query result mismatch: expected 3 values, got 0
line 229: query result mismatch: expected 0 values, got 3
line 233: query result mismatch: expected 0 values, got 3
line 237: query result mismatch: expected 0 values, got 3',54,49,4,1,NULL);
INSERT INTO test_results VALUES(1292,21,'evidence/slt_lang_createview.test','FAIL','2026-12-02 11:53:53.658565',43,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)',25,14,1,10,NULL);
INSERT INTO test_results VALUES(1293,21,'evidence/slt_lang_reindex.test','FAIL','2026-12-02 11:53:53.692230',33,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 37: statement failed: Code: 47. DB::Exception: Unknown expression identifier `REINDEX`. In scope SELECT REINDEX AS t1i1: Note: the query does not have the FROM clause. Did you forget to add it?. (UNKNOWN_IDENTIFIER)',7,5,2,0,NULL);
INSERT INTO test_results VALUES(1294,21,'evidence/slt_lang_replace.test','FAIL','2026-12-02 11:53:53.721713',29,'line 11: statement failed: Code: 44. DB::Exception: Sorting key contains nullable columns, but merge tree setting `allow_nullable_key` is disabled. (ILLEGAL_COLUMN)
line 14: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 17: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 24: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t1''. In scope SELECT x, y FROM t1 WHERE x = 2. (UNKNOWN_TABLE)
line 28: statement failed: Code: 60. DB::Exception: Table default.t1 does not exist. (UNKNOWN_TABLE)
line 31: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t1''. In scope SELECT x, y FROM t1 WHERE x = 2. (UNKNOWN_TABLE)
line 38: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 24 (t1): t1 VALUES(2, ''insert or replace''). Expected end of query. (SYNTAX_ERROR)
line 42: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t1''. In scope SELECT x, y FROM t1 WHERE x = 2. (UNKNOWN_TABLE)
line 48: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 14 (t1): t1 VALUES(2, ''replace''). Expected end of query. (SYNTAX_ERROR)
line 51: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t1''. In scope SELECT x, y FROM t1 WHERE x = 2. (UNKNOWN_TABLE)
line 58: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 24 (t1): t1 VALUES(3, ''insert or replace (new)''). Expected end of query. (SYNTAX_ERROR)
line 62: query failed: Code: 60. DB::Exception: Unknown table expression identifier ''t1''. In scope SELECT x, y FROM t1 WHERE x = 3. (UNKNOWN_TABLE)
line 68: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 14 (t1): t1 VALUES(4, ''replace (new)''). Expected end of query. (SYNTAX_ERROR)
... and 1 more failed records',14,0,14,0,NULL);
INSERT INTO test_results VALUES(1295,21,'evidence/slt_lang_dropview.test','FAIL','2026-12-02 11:53:53.763749',41,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)',13,12,1,0,NULL);
INSERT INTO test_results VALUES(1296,21,'evidence/slt_lang_droptable.test','FAIL','2026-12-02 11:53:53.806359',42,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)',12,11,1,0,NULL);
INSERT INTO test_results VALUES(1297,21,'evidence/slt_lang_droptrigger.test','FAIL','2026-12-02 11:53:53.840559',32,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 24: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r1): t1r1 UPDATE ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTIN...
line 27: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 14 (t1r1): t1r1. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTINGS, end of query. (SYNTAX_ERROR)
line 44: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (t1r1): t1r1 UPDATE ON t1 BEGIN SELECT 1;. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, QUALIFY, ORDER BY, LIMIT, OFFSET, FETCH, SETTIN...',12,8,4,0,NULL);
INSERT INTO test_results VALUES(1298,21,'evidence/slt_lang_dropindex.test','FAIL','2026-12-02 11:53:53.872253',31,'line 15: statement failed: Code: 80. DB::Exception: CREATE INDEX without TYPE is forbidden. SET allow_create_index_without_type=1 to ignore this statements. (INCORRECT_QUERY)
line 23: statement failed: Code: 62. DB::Exception: Syntax error: failed at position 16 (end of query): ;. Expected one of: ON, end of query. (SYNTAX_ERROR)',8,6,2,0,NULL);
INSERT INTO test_results VALUES(1299,21,'index/view/10/slt_good_0.test','ERROR','2026-12-02 11:53:53.873040',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,NULL);
INSERT INTO test_results VALUES(1300,21,'select2.test','FAIL','2026-12-02 11:53:55.342877',3428,'line 126: query result mismatch: value 2: expected ''1'', got ''0''
line 152: query result mismatch: expected 174 values hashing to 777dcbc0198356b9c12bf01fa545f68c, got 174 values hashing to c4274e245e815d9c5a6059173bbd7a7b
line 187: query result mismatch: expected 35 values hashing to b523d6b6df543010b45626657adada9d, got 35 values hashing to 3ca000fc2654182c25504651dcba35d4
line 203: query result mismatch: expected 63 values hashing to 80800d1e987b7049fa5d57c55815bf4c, got 63 values hashing to 8fc25ffd55ac1b7d8bde9595d7696e6d
line 218: query result mismatch: expected 189 values hashing to e421c85cd0132772b0b7762c78066abb, got 189 values hashing to e56143c70b989b3e223737914258625f
line 280: query result mismatch: expected 210 values hashing to 292b0a5b2821884ba5d11e217b76fbd7, got 210 values hashing to 4d65dd79c6564968f30728f3f85f0dab
line 294: query result mismatch: expected 90 values hashing to f2ff447495c871e67c605d2c0b5e70ec, got 90 values hashing to ccf5abb91d0f1b9ec9df2134442f0e90
line 306: query result mismatch: expected 42 values hashing to d2467d2f2cfae3b29ec7f4a5152f36c4, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 338: query result mismatch: expected 42 values hashing to e0970228aa8a30d2050cfd3c11be9185, got 0 values hashing to d41d8cd98f00b204e9800998ecf8427e
line 348: query result mismatch: expected 138 values hashing to bf08a6d9c0db20af06d88ca646cda804, got 138 values hashing to 41b3d5df4e8de24c077e86fc376d1274
line 373: query result mismatch: expected 72 values hashing to 12fdbfddf3f67b7da4a8224b4e2798a6, got 72 values hashing to 0bd20a3dc15f6d7ab1c58bc33b55dd3b
line 410: query result mismatch: expected 180 values hashing to bb777feb11708e8bab6a2441bd11b89e, got 180 values hashing to ab53ff5068f0d19ebad9e08362ea56bd
line 444: query result mismatch: expected 2 values, got 0
... and 323 more failed records',1031,695,336,0,NULL);
INSERT INTO test_results VALUES(1301,22,'index/between/1/slt_good_0.test','PASS','2026-12-02 12:59:30.661555',7045,NULL,10022,10022,0,0,'1303814093ce3643286131731bb8d88877959ef5d61832bec329273476809256');
INSERT INTO test_results VALUES(1302,22,'index/between/10/slt_good_1.test','PASS','2026-12-02 12:59:31.429933',7932,NULL,10029,10029,0,0,'c0f7a4271be1e70dd182ad86994fd7cd5c43cef3020401af9e2501921a9353aa');
INSERT INTO test_results VALUES(1303,22,'index/orderby_nosort/100/slt_good_1.test','PASS','2026-12-02 12:59:37.487408',6053,NULL,10141,10141,0,0,'9d4dd28d482029dd60913dc24790ef21bfb22bfd65d3f655fdd3272909a1922f');
INSERT INTO test_results VALUES(1304,22,'index/orderby/1000/slt_good_0.test','PASS','2026-12-02 12:59:39.592837',8925,NULL,11043,11043,0,0,'9ca4cc67277dbd69eefd3668c35ecc41dc889aeadc6c9f7faf6f3cc9054aa9f3');
INSERT INTO test_results VALUES(1305,22,'index/orderby_nosort/100/slt_good_0.test','PASS','2026-12-02 12:59:44.028464',6535,NULL,10149,10149,0,0,'549f7063c09f5953921d72c6e9d7a4ffebdeeaf36a4db72afe745adc4a05f628');
INSERT INTO test_results VALUES(1306,22,'index/orderby_nosort/1000/slt_good_0.test','PASS','2026-12-02 12:59:47.163624',7565,NULL,11040,11040,0,0,'ed81d5bdef757f1e9c4651ea8347e44025471744257ad0a7cec6a532198e34f8');
INSERT INTO test_results VALUES(1307,22,'index/orderby/100/slt_good_0.test','PASS','2026-12-02 12:59:50.575432',6538,NULL,10141,10141,0,0,'5657e7454e1211adcf9c94b6efe510019eafb5192274c5ba06b67739bd788134');
INSERT INTO test_results VALUES(1308,22,'index/orderby_nosort/1000/slt_good_1.test','PASS','2026-12-02 12:59:55.428605',8260,NULL,11043,11043,0,0,'63477cbb40d2fefa527e7cde4374cbe8d499b2591b0ab3091ca022bdef777eef');
INSERT INTO test_results VALUES(1309,22,'index/orderby/100/slt_good_1.test','PASS','2026-12-02 12:59:56.246261',5664,NULL,10140,10140,0,0,'88c6faf3b631c9615a7c012a109f92fe4dcaecf31d4af89e4f7592022bc96838');
INSERT INTO test_results VALUES(1310,22,'random/expr/slt_good_0.test','FAIL','2026-12-02 12:59:59.697712',3443,'line 150: query result mismatch: value 1: expected ''-4836'', got ''-2904''
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
... and 273 more failed records',15426,9714,298,5414,'90af1bebe0f8320c0221907bd7bcf1942c5bdf9ba9cf95642fe851136b9db42c');
INSERT INTO test_results VALUES(1311,22,'index/orderby_nosort/10/slt_good_1.test','PASS','2026-12-02 13:00:01.187278',5746,NULL,10051,10051,0,0,'a526690f62541c2531f2c0c0cec3cab154cd58313ca35364e9906d3d65169b8e');
INSERT INTO test_results VALUES(1312,22,'index/orderby/10/slt_good_1.test','PASS','2026-12-02 13:00:05.575745',5873,NULL,10054,10054,0,0,'bcda10e31a560e70cea6fe3b9c82b85939714a43656b76531e68e525c2cc4815');
INSERT INTO test_results VALUES(1313,22,'index/commute/100/slt_good_0.test','PASS','2026-12-02 13:00:05.667750',4476,NULL,10122,10122,0,0,'5a08e9604222692cff020d3dc8090a84d343ad27354fefb68b1f81f25ab1830f');
INSERT INTO test_results VALUES(1314,22,'index/orderby/10/slt_good_0.test','PASS','2026-12-02 13:00:10.971839',5300,NULL,10053,10053,0,0,'803eaa3197d04e871be2b9be9763d3e1a64d2bfd4358852a5425b36dfe36165d');
INSERT INTO test_results VALUES(1315,22,'index/commute/1000/slt_good_1.test','PASS','2026-12-02 13:00:11.570751',5991,NULL,10583,10583,0,0,'032ef9e707dff08a9a37222f6929e4f1428d2d245f58a4e9a99007e990ae78ab');
INSERT INTO test_results VALUES(1316,22,'index/orderby_nosort/10/slt_good_0.test','PASS','2026-12-02 13:00:17.480778',5905,NULL,10053,10053,0,0,'83d641e793a34ecb09d2f38f971de62e8e6c5be44cd69a7761c6b1946416c50f');
INSERT INTO test_results VALUES(1317,22,'index/delete/10000/slt_good_0.test','PASS','2026-12-02 13:00:20.686326',9710,NULL,20347,20347,0,0,'5013d737050739ad2310020c60a3e8b9fbde7ce5f2074ca1ead8f31c7bfc51de');
INSERT INTO test_results VALUES(1318,22,'random/aggregates/slt_good_1.test','FAIL','2026-12-02 13:00:21.455410',3962,'line 544: query result mismatch: value 1: expected ''-21'', got ''-19''
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
... and 148 more failed records',14128,9839,173,4116,'e78d0bf4b5e238e4f9592632e6c8bd4ff14739169f42e74bde32e73fa27b488c');
INSERT INTO test_results VALUES(1319,22,'random/aggregates/slt_good_0.test','FAIL','2026-12-02 13:00:25.064921',4369,'line 110: query result mismatch: expected 2 values, got 3
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
... and 160 more failed records',13922,9827,185,3910,'892136396d7de8e769775cacfef3c93a57f0bc961f0d7433ff5f1ba9050470f2');
INSERT INTO test_results VALUES(1320,22,'index/commute/100/slt_good_1.test','PASS','2026-12-02 13:00:25.709295',4249,NULL,10120,10120,0,0,'d288de845cbf6a4ae4a377cedbb31087246b600459f4c0ebc98faafb0ef0b90b');
INSERT INTO test_results VALUES(1321,22,'index/random/10/slt_good_1.test','FAIL','2026-12-02 13:00:29.016966',3296,'line 285: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 289: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 293: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 297: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 301: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 350: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 354: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 303 more failed records',12289,9724,310,2255,'d59d467c1a7ce3e2a32d54c409b366138e1017976aea9294548bf118e9de2af3');
INSERT INTO test_results VALUES(1322,22,'index/commute/10/slt_good_1.test','PASS','2026-12-02 13:00:29.730066',4660,NULL,10030,10030,0,0,'1c33b8bcab74ff1ae35ec12c11c0eaf5499b8a1a783cb8303fcf8e5cbfe73709');
INSERT INTO test_results VALUES(1323,22,'index/commute/10/slt_good_0.test','PASS','2026-12-02 13:00:33.195068',4170,NULL,10034,10034,0,0,'6d2b95c95202c8c076f2ea75ab47c73d8922fee9e866ad901b27d3487b1c8d2c');
INSERT INTO test_results VALUES(1324,22,'index/random/100/slt_good_1.test','FAIL','2026-12-02 13:00:33.475945',3736,'line 507: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 512: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 517: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 522: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 527: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1067: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1071: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 408 more failed records',12178,9708,415,2055,'12da3ad7552cb3e565411122fca0db62c99a52653e5831732c72e773ce859bcc');
INSERT INTO test_results VALUES(1325,22,'index/random/10/slt_good_0.test','FAIL','2026-12-02 13:00:36.494488',3289,'line 245: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 250: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 255: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 260: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 265: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 269: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 274: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 343 more failed records',12172,9682,350,2140,'7ea350ef65e31cf8ba1fcd652692ce766b2cf1f396d320e5bdd62d75ecbba19c');
INSERT INTO test_results VALUES(1326,22,'index/random/100/slt_good_0.test','FAIL','2026-12-02 13:00:36.971294',3487,'line 1497: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1501: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1505: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1509: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 1513: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3042: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3046: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 368 more failed records',12028,9748,375,1905,'059c932bbd3a3b91118c45065cee12f20f5617b4cf4f8a6479ec7df94eb4e216');
INSERT INTO test_results VALUES(1327,22,'index/between/1000/slt_good_0.test','PASS','2026-12-02 13:00:39.577925',3078,NULL,3792,3792,0,0,'c7ba87eeaa0a8aa33de3bc3520e377c0a45f354f97496d87c5350f6e66da2a9b');
INSERT INTO test_results VALUES(1328,22,'random/select/slt_good_1.test','FAIL','2026-12-02 13:00:40.838254',3860,'line 160: query result mismatch: expected 2 values, got 3
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
... and 176 more failed records',11319,9811,201,1307,'223135c5f31bbf29048dc844c6808a1c5f44c92552d3c481c2422490b075f374');
INSERT INTO test_results VALUES(1329,22,'random/expr/slt_good_1.test','FAIL','2026-12-02 13:00:43.315969',2470,'line 4016: query result mismatch: value 1: expected ''-73'', got ''-72''
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
... and 3 more failed records',13883,9984,28,3871,'1e0f2e3cfe0dd1458820bc815b0a551227d48288370399d7d5006143186149ed');
INSERT INTO test_results VALUES(1330,22,'random/groupby/slt_good_1.test','FAIL','2026-12-02 13:00:44.187210',4603,'line 476: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT + COALESC...
line 1367: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT DISTINCT ...
line 1765: query failed: Binder Error: column "col2" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col2") if the exact value of "col2" is not important. LINE 1: SELECT DISTINCT ...
line 2902: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT DISTINCT ...
line 3157: query result mismatch: value 1: expected ''43'', got ''4''
line 3904: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT COALESCE ...
line 3971: query failed: Binder Error: column "col0" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col0") if the exact value of "col0" is not important. LINE 1: SELECT COALESCE ...
line 4239: query failed: Binder Error: column "col1" must appear in the GROUP BY clause or must be part of an aggregate function. Either add it to the GROUP BY list, or use ANY_VALUE("col1") if the exact value of "col1" is not important. LINE 1: SELECT + COALESC...
... and 155 more failed records',10718,9849,163,706,'74c8fd2922c37409cc5e71447bd9b6d86cb6f5aaadf6e7382786a448382fdf59');
INSERT INTO test_results VALUES(1331,22,'index/view/100/slt_good_0.test','PASS','2026-12-02 13:00:47.250307',3058,NULL,8866,7726,0,1140,'bc021aa2ef2c6ee3ac1bf67c9fc97e0b2b5f68d10049aa224c5cdddc6f6c386f');
INSERT INTO test_results VALUES(1332,22,'random/select/slt_good_0.test','FAIL','2026-12-02 13:00:47.634837',4312,'line 83: query result mismatch: value 2: expected ''-68'', got ''-67''
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
... and 142 more failed records',11084,9845,167,1072,'ac3221c9a510007545b561ce2fe625b982c43df4d9d305d2e1d8d2f0048834c3');
INSERT INTO test_results VALUES(1333,22,'index/view/100/slt_good_1.test','PASS','2026-12-02 13:00:50.618851',2979,NULL,8172,7122,0,1050,'32d4b6b4e093c0d0b631b6f03f626d7f6c118bcf5d52fc718ce89206ada56c78');
INSERT INTO test_results VALUES(1334,22,'random/groupby/slt_good_0.test','FAIL','2026-12-02 13:00:51.906800',4651,'line 6297: query result mismatch: expected 2 values, got 3
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
... and 77 more failed records',10559,9920,92,547,'e7ee14a796828b90c09aa79d8b258950b38af6936679d69a29fbd8ea8d9dd876');
INSERT INTO test_results VALUES(1335,22,'index/view/1000/slt_good_0.test','PASS','2026-12-02 13:00:55.818815',3908,NULL,7693,6823,0,870,'04709463ba885de6de7ea174c19eac41c878b75d11739713a277ab9d81c720d3');
INSERT INTO test_results VALUES(1336,22,'select4.test','PASS','2026-12-02 13:00:58.209548',7587,NULL,3857,3857,0,0,'155ff6bb9bbf7c2dcf1e5659bb1688dec5dab58126f8dc66d23dcae6df43f59e');
INSERT INTO test_results VALUES(1337,22,'index/view/10/slt_good_1.test','PASS','2026-12-02 13:00:58.735689',2913,NULL,8200,7135,0,1065,'86956600596ee5a15c8a6492dea5942d38e9b9b246c3fbe27f34037d2310acd9');
INSERT INTO test_results VALUES(1338,22,'index/delete/100/slt_good_0.test','PASS','2026-12-02 13:01:03.690825',5475,NULL,11145,11145,0,0,'ffe43cc4566580c370a9965e49fa9965703fc8e497fafced21eff70a7b3b7fce');
INSERT INTO test_results VALUES(1339,22,'index/delete/100/slt_good_1.test','PASS','2026-12-02 13:01:03.747233',5008,NULL,10895,10895,0,0,'3ac57df562b2c4bc783a808fca04603c0ed54fa41a42208c75da03d372ab5c7d');
INSERT INTO test_results VALUES(1340,22,'index/delete/10/slt_good_1.test','PASS','2026-12-02 13:01:08.623827',4872,NULL,10774,10774,0,0,'8689b61e26274e77a70183e38cd407e4eeaa99ffc73db572b8c4eacd99f5b741');
INSERT INTO test_results VALUES(1341,22,'index/delete/1000/slt_good_0.test','PASS','2026-12-02 13:01:09.278722',5554,NULL,11924,11924,0,0,'76ae16d2f333c3eb964beff3c6ef05a2204410120cdc8de01499a9d73dab553e');
INSERT INTO test_results VALUES(1342,22,'index/delete/10/slt_good_0.test','PASS','2026-12-02 13:01:13.321660',4693,NULL,10730,10730,0,0,'1cd78ec4325441b860708f1a91a4781493d8773c5150ca31a979e8914fd1bcee');
INSERT INTO test_results VALUES(1343,22,'index/delete/1000/slt_good_1.test','PASS','2026-12-02 13:01:15.321533',6039,NULL,11838,11838,0,0,'3a0eb24ba385020e1c0cc87f1e09c551eceb33f9dbca566854ea98d0b003a89e');
INSERT INTO test_results VALUES(1344,22,'index/delete/1/slt_good_0.test','PASS','2026-12-02 13:01:17.460555',4135,NULL,10907,10907,0,0,'d9589860a9111f5abca7027c1b41fdcbc268d129748e788cd612905f09bce008');
INSERT INTO test_results VALUES(1345,22,'index/view/10000/slt_good_0.test','PASS','2026-12-02 13:01:21.375131',6048,NULL,10712,10622,0,90,'f823defdacd5170797b4f866981dbad64ecf89bc7c7815e9f8fad593fde8c42f');
INSERT INTO test_results VALUES(1346,22,'select3.test','PASS','2026-12-02 13:01:22.174640',4707,NULL,3351,3351,0,0,'d5c321683bfe903c9be95ebe80a8d23da4d8f4a39193b2087dbc34cb4e137623');
INSERT INTO test_results VALUES(1347,22,'index/commute/1000/slt_good_0.test','PASS','2026-12-02 13:01:24.048167',2667,NULL,4741,4741,0,0,'6725861d1982dfd527480ec4c1f9d0e16c358ff8ccab9b2c437a87452e838f98');
INSERT INTO test_results VALUES(1348,22,'index/random/1000/slt_good_0.test','FAIL','2026-12-02 13:01:24.921060',866,'line 3589: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3593: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3597: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3601: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 3605: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 5174: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
line 5178: query failed: Binder Error: No function matches the given name and argument types ''+(VARCHAR)''. You might need to add explicit type casts. Candidate functions: "+"(x TINYINT, /) -> TINYINT "+"("left" TINYINT, "right" TINYINT, /) -> TINYINT "+"(x SMALL...
... and 23 more failed records',2302,2037,30,235,'754860bb359eb6e462f772ca660c443f11d97e88da534e46e369a2ffd1120fcf');
INSERT INTO test_results VALUES(1349,22,'select1.test','PASS','2026-12-02 13:01:26.443512',1519,NULL,1031,1031,0,0,'e93b83d64d06f78aee0e690455b6c604e86ad9a339f77d927a782cefb6b0e1d5');
INSERT INTO test_results VALUES(1350,22,'select2.test','PASS','2026-12-02 13:01:27.765404',1317,NULL,1031,1031,0,0,'a8ecc3d206c4d4b2cd6a154c18999e558ec97168cd7e327a4369e23aaf31be64');
INSERT INTO test_results VALUES(1351,22,'index/random/1000/slt_good_1.test','PASS','2026-12-02 13:01:28.335314',567,NULL,1061,1056,0,5,'e862aa852c0f2936818236a54b1a30c3adb2c3c70ff725aa9d1453502a2746d0');
INSERT INTO test_results VALUES(1352,22,'evidence/in1.test','FAIL','2026-12-02 13:01:28.435816',97,'line 55: query result mismatch: value 1: expected ''0'', got ''NULL''
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
... and 61 more failed records',216,138,76,2,'83d8958a4f86de196a0756e548f24c71db6edf2679d70393d546d542c84fc2fd');
INSERT INTO test_results VALUES(1353,22,'evidence/slt_lang_aggfunc.test','FAIL','2026-12-02 13:01:28.496836',57,'line 43: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(DISTINCT x) FROM t1 ^^^^^^^^^^^^^^^^^
line 58: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(DISTINCT x) FROM t1 NOT INDEXED ^^^
line 100: query failed: Binder Error: No function matches the given name and argument types ''avg(VARCHAR)''. You might need to add explicit type casts. Candidate functions: avg(x DECIMAL) -> DECIMAL avg(x SMALLINT, /) -> DOUBLE avg(x INTEGER, /) -> DOUBLE avg(x ...
line 105: query failed: Binder Error: No function matches the given name and argument types ''sum(VARCHAR)''. You might need to add explicit type casts. Candidate functions: sum(arg DECIMAL) -> DECIMAL sum(arg BOOLEAN, /) -> HUGEINT sum(arg SMALLINT, /) -> HUGEIN...
line 110: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(y) FROM t1 ^^^^^^^^
line 137: query failed: Binder Error: No function matches the given name and argument types ''avg(VARCHAR)''. You might need to add explicit type casts. Candidate functions: avg(x DECIMAL) -> DECIMAL avg(x SMALLINT, /) -> DOUBLE avg(x INTEGER, /) -> DOUBLE avg(x ...
line 142: query failed: Binder Error: No function matches the given name and argument types ''sum(VARCHAR)''. You might need to add explicit type casts. Candidate functions: sum(arg DECIMAL) -> DECIMAL sum(arg BOOLEAN, /) -> HUGEINT sum(arg SMALLINT, /) -> HUGEIN...
line 147: query failed: Catalog Error: Scalar Function with name total does not exist! Did you mean "today"? LINE 1: SELECT total(DISTINCT y) FROM t1 ^^^^^^^^^^^^^^^^^
line 239: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(x) FROM t1 NOT INDEXED ^^^
line 244: query failed: Parser Error: syntax error at or near "NOT" LINE 1: SELECT group_concat(DISTINCT x) FROM t1 NOT INDEXED ^^^
... and 16 more failed records',80,54,26,0,'2a9d602e33c76766cba21d2f9a0e6ffda286f76445950ab187b544276c37abc9');
INSERT INTO test_results VALUES(1354,22,'evidence/slt_lang_createtrigger.test','FAIL','2026-12-02 13:01:28.517620',18,'line 24: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
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
... and 6 more failed records',26,6,20,0,'9ec9d0b25990c213ba79cc75d21f7ecf8fd24978de72a747292fbeaa0463d18a');
INSERT INTO test_results VALUES(1355,22,'evidence/slt_lang_update.test','FAIL','2026-12-02 13:01:28.547180',27,'line 88: statement failed: Binder Error: Multiple assignments to same column "x"
line 98: query result mismatch: value 1: expected ''0'', got ''3''
line 104: query result mismatch: value 1: expected ''3'', got ''0''',27,24,3,0,'75c0dd5cc3ea56d33f584b7a8fdaa1fc362bb004deca9b0a519422decf5e2de2');
INSERT INTO test_results VALUES(1356,22,'evidence/in2.test','FAIL','2026-12-02 13:01:28.580490',29,'line 139: query result mismatch: expected 3 values, got 0',54,52,1,1,'2002fcdee665882916dea3de6172ba0ae9b5aae704d661d8f7daa810e1222383');
INSERT INTO test_results VALUES(1357,22,'evidence/slt_lang_createview.test','PASS','2026-12-02 13:01:28.618976',34,NULL,25,23,0,2,'027aa3ca2c07667f457e454a1a919e797eb4c9430b706cdac58e00795efdb42e');
INSERT INTO test_results VALUES(1358,22,'evidence/slt_lang_reindex.test','FAIL','2026-12-02 13:01:28.646700',22,'line 37: statement failed: Parser Error: syntax error at or near "REINDEX" LINE 1: REINDEX t1i1 ^^^^^^^',7,6,1,0,'675a78909e606c372e5a5e33d4ae098fac2e9d1e87fde6d181fdf16e4a0e706b');
INSERT INTO test_results VALUES(1359,22,'evidence/slt_lang_replace.test','FAIL','2026-12-02 13:01:28.690992',40,'line 48: statement failed: Parser Error: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(2, ''replace'') ^^^^^^^
line 51: query result mismatch: value 2: expected ''replace'', got ''insert or replace''
line 68: statement failed: Parser Error: syntax error at or near "REPLACE" LINE 1: REPLACE INTO t1 VALUES(4, ''replace (new)'') ^^^^^^^
line 71: query result mismatch: expected 2 values, got 0',14,10,4,0,'4c385d89f22e3e168a3f2e173d2fcd69faf13ca51942e9687e0d0207d0052ed9');
INSERT INTO test_results VALUES(1360,22,'evidence/slt_lang_dropview.test','PASS','2026-12-02 13:01:28.726065',31,NULL,13,13,0,0,'b57fde4c9d87bda2aa71c52c0fc45c0484e6fea68aae112dafc213feaecdf087');
INSERT INTO test_results VALUES(1361,22,'evidence/slt_lang_droptable.test','PASS','2026-12-02 13:01:28.764008',32,NULL,12,12,0,0,'4f4ecbc72c6a6d82b5cf54b2905431256ca8a901ff861c82d8d8b6a58ffef04b');
INSERT INTO test_results VALUES(1362,22,'evidence/slt_lang_droptrigger.test','FAIL','2026-12-02 13:01:28.786943',20,'line 24: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^
line 27: statement failed: Parser Error: syntax error at or near "t1r1" LINE 1: DROP TRIGGER t1r1 ^^^^
line 44: statement failed: Parser Error: syntax error at or near "UPDATE" LINE 1: CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END; ^^^^^^',12,9,3,0,'e0c3a8b2a796649ea4d4961345793338b3f593e117f10056104f17289f84f6c2');
INSERT INTO test_results VALUES(1363,22,'evidence/slt_lang_dropindex.test','PASS','2026-12-02 13:01:28.811737',18,NULL,8,8,0,0,'a593521aabf323073d3c82d073ab4d0b3927f1d5eb3d6557831278737b6be44a');
INSERT INTO test_results VALUES(1364,22,'index/view/10/slt_good_0.test','ERROR','2026-12-02 13:01:28.814504',0,'no SQLLogicTest records in the file (no statement or query)',0,0,0,0,'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
INSERT INTO test_results VALUES(1365,22,'select5.test','PASS','2026-12-02 13:01:31.006663',8828,NULL,1436,1436,0,0,'049a5d0bf90999c56db2d5880ef28febdc88906526f87069cc96af9f84c99869');
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL, description VARCHAR(200));
INSERT INTO schema_version VALUES(1,'2026-12-02 11:24:12.050671','SQLLogicTest results tables');
INSERT INTO schema_version VALUES(2,'2026-12-02 11:24:12.055249','engine, host and record counts; result indexes');
INSERT INTO schema_version VALUES(3,'2026-12-02 11:24:12.055770','the skipif/onlyif name of each run');
INSERT INTO schema_version VALUES(4,'2026-12-02 11:24:12.057756','benchmark runs and results; trend and regression views');
INSERT INTO schema_version VALUES(5,'2026-12-02 11:24:12.058895','oracle voting: latest_engine_runs, engine_outcomes, oracle_votes');
INSERT INTO schema_version VALUES(6,'2026-12-02 12:59:23.491582','record-level results: file content hashes, runs'' kept records');
CREATE TABLE benchmark_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, git_commit VARCHAR(40), branch_name VARCHAR(200), machine_tag VARCHAR(200), engine VARCHAR(200) NOT NULL, engine_version VARCHAR(100), suite VARCHAR(50) NOT NULL, pattern VARCHAR(500), target_tps REAL, connections INTEGER, duration_s REAL, concurrency VARCHAR(20), dataset VARCHAR(500), transactions INTEGER, errors INTEGER, achieved_tps REAL, sustained INTEGER, interrupted INTEGER, host VARCHAR(200), label VARCHAR(500));
INSERT INTO benchmark_runs VALUES(1,'2026-12-02 11:53:57.361563','2026-12-02 11:54:07.436961','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','read-heavy',50.0,1,10.001,'processes','bench-results/notebook/results.sql',500,0,49.99285142218848,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(2,'2026-12-02 11:54:08.383732','2026-12-02 11:54:18.463501','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','oltp',50.0,1,10.001,'processes','bench-results/notebook/results.sql',500,0,49.99266113733367,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(3,'2026-12-02 11:54:19.426226','2026-12-02 11:54:29.500028','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','reporting',50.0,1,10.001,'processes','bench-results/notebook/results.sql',500,0,49.99581144590924,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(4,'2026-12-02 11:54:30.062217','2026-12-02 11:54:40.098812','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','read-heavy',50.0,1,10.001,'threads','bench-results/notebook/results.sql',500,0,49.99328224768112,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(5,'2026-12-02 11:54:40.652673','2026-12-02 11:54:50.689201','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','oltp',50.0,1,10.001,'threads','bench-results/notebook/results.sql',500,0,49.993693710485964,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(6,'2026-12-02 11:54:51.220580','2026-12-02 11:55:01.256853','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','reporting',50.0,1,10.001,'threads','bench-results/notebook/results.sql',500,0,49.996463575144766,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(7,'2026-12-02 11:55:05.606104','2026-12-02 11:55:15.642603','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','workload','read-heavy',50.0,1,10.002,'threads','bench-results/notebook/results.sql',500,0,49.988039531737776,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(8,'2026-12-02 11:55:19.994934','2026-12-02 11:55:30.033095','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','workload','oltp',50.0,1,10.002,'threads','bench-results/notebook/results.sql',500,0,49.98778051704541,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(9,'2026-12-02 11:55:34.521974','2026-12-02 11:55:44.563131','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','workload','reporting',50.0,1,10.003,'threads','bench-results/notebook/results.sql',500,0,49.98336558591693,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(10,'2026-12-02 11:55:45.262367','2026-12-02 11:55:55.340825','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','read-heavy',200.0,1,10.001,'processes','bench-results/notebook/sessions.sql',2000,0,199.97913639668826,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(11,'2026-12-02 11:55:55.769517','2026-12-02 11:56:05.804872','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','read-heavy',200.0,1,10.001,'threads','bench-results/notebook/sessions.sql',2000,0,199.9844001368789,1,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(12,'2026-12-02 11:56:06.403652','2026-12-02 11:56:07.378520','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','corpus','select1.test in1.test slt_lang_update.test',NULL,1,0.934,'processes','/work/shared/sqllogictest/select1.test /work/shared/sqllogictest/evidence/in1.test /work/shared/sqllogictest/evidence/slt_lang_update.test',3,0,1364.46284557767,NULL,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(13,'2026-12-02 11:56:07.650793','2026-12-02 11:56:07.713142','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,0.058,'processes','/work/shared/sqllogictest/select1.test /work/shared/sqllogictest/evidence/in1.test /work/shared/sqllogictest/evidence/slt_lang_update.test',3,0,21912.844053626,NULL,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(14,'2026-12-02 11:56:07.999380','2026-12-02 11:56:09.629086','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,1.624,'processes','/work/shared/sqllogictest/select1.test /work/shared/sqllogictest/evidence/in1.test /work/shared/sqllogictest/evidence/slt_lang_update.test',3,0,784.3004556102976,NULL,0,'vm','round 1');
INSERT INTO benchmark_runs VALUES(15,'2026-12-02 11:56:10.530188','2026-12-02 11:56:20.605959','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','read-heavy',50.0,1,10.002,'processes','bench-results/notebook/results.sql',500,0,49.992160239432664,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(16,'2026-12-02 11:56:21.576615','2026-12-02 11:56:31.667283','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','oltp',50.0,1,10.002,'processes','bench-results/notebook/results.sql',500,0,49.99173263221301,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(17,'2026-12-02 11:56:32.668348','2026-12-02 11:56:42.746739','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','reporting',50.0,1,10.001,'processes','bench-results/notebook/results.sql',500,0,49.99497899926091,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(18,'2026-12-02 11:56:43.313627','2026-12-02 11:56:53.354342','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','read-heavy',50.0,1,10.002,'threads','bench-results/notebook/results.sql',500,0,49.992449835269554,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(19,'2026-12-02 11:56:53.932036','2026-12-02 11:57:03.979587','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','oltp',50.0,1,10.002,'threads','bench-results/notebook/results.sql',500,0,49.98886653963204,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(20,'2026-12-02 11:57:04.572321','2026-12-02 11:57:14.615770','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','reporting',50.0,1,10.001,'threads','bench-results/notebook/results.sql',500,0,49.99526181904948,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(21,'2026-12-02 11:57:19.840231','2026-12-02 11:57:29.882810','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','workload','read-heavy',50.0,1,10.003,'threads','bench-results/notebook/results.sql',500,0,49.985946076365416,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(22,'2026-12-02 11:57:35.053341','2026-12-02 11:57:45.097079','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','workload','oltp',50.0,1,10.003,'threads','bench-results/notebook/results.sql',500,0,49.986056329602775,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(23,'2026-12-02 11:57:50.042946','2026-12-02 11:58:00.082871','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','workload','reporting',50.0,1,10.002,'threads','bench-results/notebook/results.sql',500,0,49.98881719166381,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(24,'2026-12-02 11:58:00.785077','2026-12-02 11:58:10.861336','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','workload','read-heavy',200.0,1,10.001,'processes','bench-results/notebook/sessions.sql',2000,0,199.9798665269887,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(25,'2026-12-02 11:58:11.279914','2026-12-02 11:58:21.317757','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','workload','read-heavy',200.0,1,10.001,'threads','bench-results/notebook/sessions.sql',2000,0,199.98049034333377,1,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(26,'2026-12-02 11:58:21.937282','2026-12-02 11:58:22.919573','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','vibesql','0.1.0','corpus','select1.test in1.test slt_lang_update.test',NULL,1,0.94,'processes','/work/shared/sqllogictest/select1.test /work/shared/sqllogictest/evidence/in1.test /work/shared/sqllogictest/evidence/slt_lang_update.test',3,0,1355.7935079119175,NULL,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(27,'2026-12-02 11:58:23.181885','2026-12-02 11:58:23.243614','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','sqlite','3.40.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,0.057,'processes','/work/shared/sqllogictest/select1.test /work/shared/sqllogictest/evidence/in1.test /work/shared/sqllogictest/evidence/slt_lang_update.test',3,0,22161.30472674812,NULL,0,'vm','round 2');
INSERT INTO benchmark_runs VALUES(28,'2026-12-02 11:58:23.530508','2026-12-02 11:58:24.961300','99a1f5b441ace7c1a39467e5140dd58f73d32847',NULL,'bundled','duckdb','2.0.1','corpus','select1.test in1.test slt_lang_update.test',NULL,1,1.426,'processes','/work/shared/sqllogictest/select1.test /work/shared/sqllogictest/evidence/in1.test /work/shared/sqllogictest/evidence/slt_lang_update.test',3,0,893.2609263690229,NULL,0,'vm','round 2');
CREATE TABLE benchmark_results (result_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, operation VARCHAR(500) NOT NULL, count INTEGER NOT NULL, errors INTEGER NOT NULL, tps REAL, mean_ms REAL, p50_ms REAL, p95_ms REAL, p99_ms REAL, max_ms REAL, min_ms REAL, UNIQUE (run_id, operation), FOREIGN KEY (run_id) REFERENCES benchmark_runs (run_id));
INSERT INTO benchmark_results VALUES(1,1,'child_lookup',43,0,4.299385222308209,0.10949230234600267,0.05849799981660908,0.5950740005573607,0.9694950003904523,0.9694950003904523,0.03853799989883555);
INSERT INTO benchmark_results VALUES(2,1,'point_select',358,0,35.79488161828695,0.06284343854333313,0.04271400030120276,0.08715099920664215,0.829304999570013,2.1944749996691826,0.03195799945387989);
INSERT INTO benchmark_results VALUES(3,1,'range_scan',81,0,8.098841930394533,0.6372842962949187,0.5086340006528189,1.3784789998680935,2.246192000711744,2.246192000711744,0.3273410002293531);
INSERT INTO benchmark_results VALUES(4,1,'update',18,0,1.7997426511987853,0.4079486665836561,0.1867299997684313,1.5715800000180025,1.5715800000180025,1.5715800000180025,0.07140700017771451);
INSERT INTO benchmark_results VALUES(5,1,'all',500,0,49.99285142218848,0.1723384479955712,0.04787200032296823,0.784828000178095,1.4425760000449372,2.246192000711744,0.03195799945387989);
INSERT INTO benchmark_results VALUES(6,2,'delete',48,0,4.799295469184032,0.11575835414608567,0.07594399994559353,0.34760200014716247,0.98140299996885,0.98140299996885,0.0417929995819577);
INSERT INTO benchmark_results VALUES(7,2,'insert',70,0,6.998972559226713,0.23749884289177967,0.19860800057358574,0.587532999816176,1.390087000800122,1.390087000800122,0.0790089998190524);
INSERT INTO benchmark_results VALUES(8,2,'point_select',234,0,23.396565412272157,0.09118779060481445,0.055061999773897696,0.12053000045852968,0.8586190006099059,3.090901000177837,0.03400100013095653);
INSERT INTO benchmark_results VALUES(9,2,'range_scan',52,0,5.1992367582827015,0.7995242116031966,0.5870519999007229,1.7847099998107296,2.857921000213537,2.857921000213537,0.35557400042307563);
INSERT INTO benchmark_results VALUES(10,2,'update',96,0,9.598590938368064,0.20499691657960284,0.16971500008367002,0.6726999999955297,1.2230370002725977,1.2230370002725977,0.0786380005592946);
INSERT INTO benchmark_results VALUES(11,2,'all',500,0,49.99266113733367,0.20954845199594274,0.09880800007522339,0.7227449996207724,1.5934729999571573,3.090901000177837,0.03400100013095653);
INSERT INTO benchmark_results VALUES(12,3,'aggregate',140,0,13.998827204854587,7.549308621459464,5.9552319999056635,18.692147000365367,19.286768999336346,19.71649500046624,5.639637999593106);
INSERT INTO benchmark_results VALUES(13,3,'time_buckets',181,0,18.098483743419145,2.452011756864542,2.22969800051942,3.7721540002166876,14.129615999991074,14.57006700002239,0.9611530003894586);
INSERT INTO benchmark_results VALUES(14,3,'top_parents',179,0,17.898500497635506,3.8831668156154855,3.0704199998581316,15.132923000237497,15.904531000160205,16.07567800056131,2.7621479994195397);
INSERT INTO benchmark_results VALUES(15,3,'all',500,0,49.99581144590924,4.391608389983958,3.125332999843522,15.132923000237497,18.740098999842303,19.71649500046624,0.9611530003894586);
INSERT INTO benchmark_results VALUES(16,4,'child_lookup',43,0,4.299422273300577,0.036831767491009464,0.033260000236623455,0.06837199998699361,0.07505299981858116,0.07505299981858116,0.022973999875830486);
INSERT INTO benchmark_results VALUES(17,4,'point_select',358,0,35.795190089339684,0.03677764807536489,0.022524000087287277,0.05595400034508202,0.5765460000475287,1.089645999854838,0.013781000234303065);
INSERT INTO benchmark_results VALUES(18,4,'range_scan',81,0,8.098911724124342,0.1423039381992522,0.0798800001575728,0.6606219994864659,1.0472819994902238,1.0472819994902238,0.02547799977037357);
INSERT INTO benchmark_results VALUES(19,4,'update',18,0,1.7997581609165205,0.22781988885374935,0.16947400035860483,1.4877439998599584,1.4877439998599584,1.4877439998599584,0.06718100030411733);
INSERT INTO benchmark_results VALUES(20,4,'all',500,0,49.99328224768112,0.0607550820132019,0.025828999241639394,0.1935700001922669,0.8246580000559334,1.4877439998599584,0.013781000234303065);
INSERT INTO benchmark_results VALUES(21,5,'delete',48,0,4.799394596206652,0.02932316656748905,0.01747599981172243,0.030946999686420895,0.5192689995965338,0.5192689995965338,0.01130700002249796);
INSERT INTO benchmark_results VALUES(22,5,'insert',70,0,6.999117119468035,0.08283474284585932,0.06508800015581073,0.14513800033455482,0.7415139998556697,0.7415139998556697,0.036765000004379544);
INSERT INTO benchmark_results VALUES(23,5,'point_select',234,0,23.39704865650743,0.025342662372408956,0.017266000213567168,0.026079999770445284,0.499120000313269,0.6401310001820093,0.0082220003605471);
INSERT INTO benchmark_results VALUES(24,5,'range_scan',52,0,5.1993441458905405,0.14564921151269608,0.06118199962656945,0.5970559996058,0.8290050000141491,0.8290050000141491,0.023906000023998786);
INSERT INTO benchmark_results VALUES(25,5,'update',96,0,9.598789192413305,0.07376786455400482,0.0500149999425048,0.10840300001291325,1.1169179997523315,1.1169179997523315,0.025138000637525693);
INSERT INTO benchmark_results VALUES(26,5,'all',500,0,49.993693710485964,0.05558320197087596,0.023586000679642893,0.13772700003755745,0.5970559996058,1.1169179997523315,0.0082220003605471);
INSERT INTO benchmark_results VALUES(27,6,'aggregate',140,0,13.999009801040534,1.1290327642914886,1.169175000541145,1.2757149997923989,1.3036969994573155,1.3496370002030744,0.904839000213542);
INSERT INTO benchmark_results VALUES(28,6,'time_buckets',181,0,18.098719814202404,0.40003068510014295,0.3617729998950381,0.7397110002784757,1.0189900003751973,1.0885450001296704,0.10550899969530292);
INSERT INTO benchmark_results VALUES(29,6,'top_parents',179,0,17.898733959901826,0.6481080279515568,0.6862300006105215,0.7558950001111953,0.7676120003452525,0.7997509992492269,0.4342820002420922);
INSERT INTO benchmark_results VALUES(30,6,'all',500,0,49.996463575144766,0.6929629560145258,0.6811929997638799,1.237317999766674,1.284478999878047,1.3496370002030744,0.10550899969530292);
INSERT INTO benchmark_results VALUES(31,7,'child_lookup',43,0,4.2989713997294485,0.7009482789811066,0.6973169993216288,0.817006999568548,1.107262999539671,1.107262999539671,0.5613030007225461);
INSERT INTO benchmark_results VALUES(32,7,'point_select',358,0,35.79143630472425,0.6235523408008068,0.6087740002840292,0.8018639991860255,1.0650690001057228,1.1592099999688799,0.4048179998790147);
INSERT INTO benchmark_results VALUES(33,7,'range_scan',81,0,8.098062404141519,1.540182345673168,1.5364569999292144,2.0368479999888223,2.2757970000384375,2.2757970000384375,0.8746740004426101);
INSERT INTO benchmark_results VALUES(34,7,'update',18,0,1.7995694231425599,0.8192786111370273,0.7293049993677414,1.8574390005596797,1.8574390005596797,1.8574390005596797,0.6074120001358096);
INSERT INTO benchmark_results VALUES(35,7,'all',500,0,49.988039531737776,0.785748598005739,0.6562759999724221,1.6937529999268008,2.014104999943811,2.2757970000384375,0.4048179998790147);
INSERT INTO benchmark_results VALUES(36,8,'delete',48,0,4.798826929636359,0.7103341874691674,0.6264909998208168,1.1736630003724713,1.3529109992305166,1.3529109992305166,0.42081199990207097);
INSERT INTO benchmark_results VALUES(37,8,'insert',70,0,6.998289272386357,1.3551455856681318,1.1052990003008745,2.0036080004501855,16.14855699972395,16.14855699972395,0.5487139997057966);
INSERT INTO benchmark_results VALUES(38,8,'point_select',234,0,23.39428128197725,0.7278112307992557,0.6587089992535766,1.2337319994912832,1.4730620005138917,1.6102079998745467,0.41599399992264807);
INSERT INTO benchmark_results VALUES(39,8,'range_scan',52,0,5.198729173772723,1.6141246923885215,1.5587500001856824,2.3953170002641855,2.9755479999948875,2.9755479999948875,0.9237470003427006);
INSERT INTO benchmark_results VALUES(40,8,'update',96,0,9.597653859272718,0.8057466146074906,0.7111579998309026,1.4644490001956,1.554064000629296,1.554064000629296,0.4794199994648807);
INSERT INTO benchmark_results VALUES(41,8,'all',500,0,49.98778051704541,0.9211004380176746,0.7493260000046575,1.7646200003582635,2.35627799975191,16.14855699972395,0.41599399992264807);
INSERT INTO benchmark_results VALUES(42,9,'aggregate',140,0,13.99534236405674,1.2375292571635197,0.8954550003181794,2.334945999791671,2.5823880005191313,3.144641999824671,0.7518689999415074);
INSERT INTO benchmark_results VALUES(43,9,'time_buckets',181,0,18.093978342101927,1.4038462652165158,1.0614739994707634,2.579003000391822,3.0129639999358915,3.048458000193932,0.7226449997688178);
INSERT INTO benchmark_results VALUES(44,9,'top_parents',179,0,17.894044879758262,1.8985049720725853,1.6431169997304096,3.554648000317684,3.9124350005295128,4.199986000458011,0.9319090004282771);
INSERT INTO benchmark_results VALUES(45,9,'all',500,0,49.98336558591693,1.5343653200161498,1.3474939996740432,2.8372999995553982,3.6343780002425774,4.199986000458011,0.7226449997688178);
INSERT INTO benchmark_results VALUES(46,10,'child_lookup',190,0,18.998017957685384,0.251489636857035,0.2319979994354071,0.45680600032937946,1.1282149998805835,1.1460709993116325,0.02572900029917946);
INSERT INTO benchmark_results VALUES(47,10,'point_select',1402,0,140.18537461407846,0.09404972038652488,0.05340999996406026,0.3227949991924106,0.42792300064320443,0.9466820001762244,0.008772999535722192);
INSERT INTO benchmark_results VALUES(48,10,'range_scan',305,0,30.496818300494958,0.34318459017159797,0.31983999997464707,0.5967359993519494,1.1312079996059765,1.3861019997420954,0.14162300067255273);
INSERT INTO benchmark_results VALUES(49,10,'update',103,0,10.298925524429444,0.25039447573539453,0.21832800030097133,0.4256590000295546,1.13632700049493,1.1982299993178458,0.06791200030420441);
INSERT INTO benchmark_results VALUES(50,10,'all',2000,0,199.97913639668826,0.15505133499391377,0.08086099933279911,0.42166299954260467,0.6673819998468389,1.3861019997420954,0.008772999535722192);
INSERT INTO benchmark_results VALUES(51,11,'child_lookup',190,0,18.998518013003494,0.02675635787933348,0.01812699974834686,0.049574000513530336,0.10009099969465751,0.11838699992949842,0.0051069991968688555);
INSERT INTO benchmark_results VALUES(52,11,'point_select',1402,0,140.1890644959521,0.014787542805008679,0.012898999557364732,0.015824000001884997,0.022604000150749926,0.7118280000213417,0.0032650004868628457);
INSERT INTO benchmark_results VALUES(53,11,'range_scan',305,0,30.497621020874032,0.05354395739306681,0.029253999855427537,0.12945500020578038,0.31290000060835155,0.7655999997950858,0.011938000170630403);
INSERT INTO benchmark_results VALUES(54,11,'update',103,0,10.299196607049263,0.055949009665091934,0.046830999963276554,0.0884730006873724,0.15830799929972272,0.5956139993941179,0.026450000405020546);
INSERT INTO benchmark_results VALUES(55,11,'all',2000,0,199.9844001368789,0.023954749005042686,0.013560000297729857,0.0591689995417255,0.13055599993094802,0.7655999997950858,0.0032650004868628457);
INSERT INTO benchmark_results VALUES(56,12,'evidence/in1.test',1,0,5268.292682926829,41.0,41.0,41.0,41.0,41.0,41.0);
INSERT INTO benchmark_results VALUES(57,12,'evidence/slt_lang_update.test',1,0,5400.0,5.0,5.0,5.0,5.0,5.0,5.0);
INSERT INTO benchmark_results VALUES(58,12,'select1.test',1,0,1163.6568848758466,886.0,886.0,886.0,886.0,886.0,886.0);
INSERT INTO benchmark_results VALUES(59,12,'all',3,0,1364.46284557767,310.6666666666667,41.0,886.0,886.0,886.0,5.0);
INSERT INTO benchmark_results VALUES(60,13,'evidence/in1.test',1,0,108000.0,2.0,2.0,2.0,2.0,2.0,2.0);
INSERT INTO benchmark_results VALUES(61,13,'evidence/slt_lang_update.test',1,0,0.0,0.0,0.0,0.0,0.0,0.0,0.0);
INSERT INTO benchmark_results VALUES(62,13,'select1.test',1,0,19092.59259259259,54.0,54.0,54.0,54.0,54.0,54.0);
INSERT INTO benchmark_results VALUES(63,13,'all',3,0,21912.844053626,18.666666666666668,2.0,54.0,54.0,54.0,0.0);
INSERT INTO benchmark_results VALUES(64,14,'evidence/in1.test',1,0,3600.0,60.0,60.0,60.0,60.0,60.0,60.0);
INSERT INTO benchmark_results VALUES(65,14,'evidence/slt_lang_update.test',1,0,1421.0526315789475,19.0,19.0,19.0,19.0,19.0,19.0);
INSERT INTO benchmark_results VALUES(66,14,'select1.test',1,0,668.1788723266365,1543.0,1543.0,1543.0,1543.0,1543.0,1543.0);
INSERT INTO benchmark_results VALUES(67,14,'all',3,0,784.3004556102976,540.6666666666666,60.0,1543.0,1543.0,1543.0,19.0);
INSERT INTO benchmark_results VALUES(68,15,'child_lookup',43,0,4.299325780591209,0.12813269778805902,0.07685600030526984,0.6284139999479521,0.7230060000438243,0.7230060000438243,0.03944899981433991);
INSERT INTO benchmark_results VALUES(69,15,'point_select',358,0,35.79438673143379,0.07818686591698114,0.05212799987930339,0.15901899951131782,0.6695460006085341,1.8470029999662074,0.02016100006585475);
INSERT INTO benchmark_results VALUES(70,15,'range_scan',81,0,8.098729958788091,0.6602001604385154,0.5350039991753874,1.3849289998688619,2.131580999957805,2.131580999957805,0.3147119996356196);
INSERT INTO benchmark_results VALUES(71,15,'update',18,0,1.7997177686195758,0.46384977774020325,0.23248900015460094,1.6883550006241421,1.6883550006241421,1.6883550006241421,0.15156799963733647);
INSERT INTO benchmark_results VALUES(72,15,'all',500,0,49.992160239432664,0.1906522259960184,0.06470700009231223,0.7787899994582403,1.648235000175191,2.131580999957805,0.02016100006585475);
INSERT INTO benchmark_results VALUES(73,16,'delete',48,0,4.7992063326924495,0.13790052090219737,0.08194299971364671,0.5574669994530268,0.7630260006408207,0.7630260006408207,0.042532999941613525);
INSERT INTO benchmark_results VALUES(74,16,'insert',70,0,6.998842568509821,0.2592037858058964,0.230446000387019,0.968594000369194,1.1740629997802898,1.1740629997802898,0.06608900002902374);
INSERT INTO benchmark_results VALUES(75,16,'point_select',234,0,23.39613087187569,0.12068677353112373,0.11940900003537536,0.1574770003571757,0.9147439996013418,2.006042000175512,0.03525300053297542);
INSERT INTO benchmark_results VALUES(76,16,'range_scan',52,0,5.199140193750154,0.8245338269192032,0.6233459998838953,1.8243089998577489,2.7929540001423447,2.7929540001423447,0.28694100001303013);
INSERT INTO benchmark_results VALUES(77,16,'update',96,0,9.598412665384899,0.24778967711351169,0.24772200049483217,0.6137620002846234,1.1314490002405364,1.1314490002405364,0.07357100002991501);
INSERT INTO benchmark_results VALUES(78,16,'all',500,0,49.99173263221301,0.23933552603739372,0.14612899940402713,0.8176470000762492,1.66835500021989,2.7929540001423447,0.03525300053297542);
INSERT INTO benchmark_results VALUES(79,17,'aggregate',140,0,13.998594119793056,8.043603842887542,6.493339999906311,19.487149999804387,20.208564000313345,21.49673799976881,5.651856000440603);
INSERT INTO benchmark_results VALUES(80,17,'time_buckets',181,0,18.09818239773245,2.5939573646087783,2.3614759993506595,3.8896699998076656,15.146243000344839,15.396378000332334,1.0338330002923612);
INSERT INTO benchmark_results VALUES(81,17,'top_parents',179,0,17.898202481735407,4.258249776549294,3.419564000068931,15.712352999798895,17.439285999898857,17.476812000495556,2.8841110006396775);
INSERT INTO benchmark_results VALUES(82,17,'all',500,0,49.99497899926091,4.715675062001537,3.442169000663853,15.712352999798895,19.715694000296935,21.49673799976881,1.0338330002923612);
INSERT INTO benchmark_results VALUES(83,18,'child_lookup',43,0,4.299350685833182,0.057798186093731246,0.06048100021871505,0.08956400051829405,0.09512199994787807,0.09512199994787807,0.019178999536961783);
INSERT INTO benchmark_results VALUES(84,18,'point_select',358,0,35.794594082053,0.059818871496599715,0.0533499996890896,0.0814929999251035,0.6551639999088366,0.9215740001309314,0.007030999768176116);
INSERT INTO benchmark_results VALUES(85,18,'range_scan',81,0,8.098776873313668,0.17393820988577374,0.1117370002248208,0.6191599995872821,1.3673430003109388,1.3673430003109388,0.026929999876301736);
INSERT INTO benchmark_results VALUES(86,18,'update',18,0,1.7997281940697039,0.25334122240868356,0.1657089997024741,1.5330920004998916,1.5330920004998916,1.5330920004998916,0.045278000470716506);
INSERT INTO benchmark_results VALUES(87,18,'all',500,0,49.992449835269554,0.08509923000383424,0.061451999499695376,0.2290640004503075,0.7972869998411625,1.5330920004998916,0.007030999768176116);
INSERT INTO benchmark_results VALUES(88,19,'delete',48,0,4.798931187804675,0.06691685414731789,0.0398600004700711,0.12546900052257115,0.6127599999672384,0.6127599999672384,0.016325000615324825);
INSERT INTO benchmark_results VALUES(89,19,'insert',70,0,6.998441315548486,0.18993517143306754,0.15737600006104913,0.36642000031861244,1.2256809995960793,1.2256809995960793,0.05366099958337145);
INSERT INTO benchmark_results VALUES(90,19,'point_select',234,0,23.394789540547794,0.05786693590279254,0.035213000046496745,0.11137699948449153,0.8539029995517922,0.9348739995402866,0.010536000445426907);
INSERT INTO benchmark_results VALUES(91,19,'range_scan',52,0,5.198842120121732,0.22268094228540855,0.13317999946593773,0.8899769991330686,0.9764460000951658,0.9764460000951658,0.051668000196514186);
INSERT INTO benchmark_results VALUES(92,19,'update',96,0,9.59786237560935,0.1629551770084466,0.13225899965618737,0.33342100050504087,1.28043200038519,1.28043200038519,0.038407999454648234);
INSERT INTO benchmark_results VALUES(93,19,'all',500,0,49.98886653963204,0.11454287998458312,0.07326000013563316,0.31736599976284197,0.9249190006812569,1.28043200038519,0.010536000445426907);
INSERT INTO benchmark_results VALUES(94,20,'aggregate',140,0,13.998673309333855,1.199632028530167,1.2516800006778794,1.3748349992965814,1.433112000086112,1.441163999515993,0.9444380002605612);
INSERT INTO benchmark_results VALUES(95,20,'time_buckets',181,0,18.098284778495913,0.4498733204407733,0.42278499950043624,0.8191500000975793,1.3530019996323972,1.4046289998077555,0.12100100047973683);
INSERT INTO benchmark_results VALUES(96,20,'top_parents',179,0,17.898303731219713,0.7012873128430162,0.7186789998741006,0.8488349994877353,0.8985089998532203,0.9592010001142626,0.4377670002213563);
INSERT INTO benchmark_results VALUES(97,20,'all',500,0,49.99526181904948,0.7498119679858064,0.7142919994294061,1.3244390002000728,1.3966879996587522,1.441163999515993,0.12100100047973683);
INSERT INTO benchmark_results VALUES(98,21,'child_lookup',43,0,4.298791362567426,1.0194337908319009,1.0521300000618794,1.4176989998304634,1.4624160003222642,1.4624160003222642,0.6467709999924409);
INSERT INTO benchmark_results VALUES(99,21,'point_select',358,0,35.789937390677636,0.8881458798926832,0.8123099996737437,1.4515100001517567,1.7606130004423903,2.3500990000684396,0.4660800004785415);
INSERT INTO benchmark_results VALUES(100,21,'range_scan',81,0,8.097723264371197,1.927517839529757,1.9466630001261365,2.6838099993256037,3.0714619997525006,3.0714619997525006,0.989014999504434);
INSERT INTO benchmark_results VALUES(101,21,'update',18,0,1.799494058749155,0.9418693333221503,0.7516490004491061,1.9765879997066804,1.9765879997066804,1.9765879997066804,0.5754740004704217);
INSERT INTO benchmark_results VALUES(102,21,'all',500,0,49.985946076365416,1.0697489420181228,0.9076930000446737,2.18877700081066,2.549157999965246,3.0714619997525006,0.4660800004785415);
INSERT INTO benchmark_results VALUES(103,22,'delete',48,0,4.798661407641866,0.9140836041675963,0.8846290002111346,1.3694369999939227,1.6885350005395594,1.6885350005395594,0.5238760004431242);
INSERT INTO benchmark_results VALUES(104,22,'insert',70,0,6.998047886144389,1.7410799571345186,1.4967569995860686,2.3057219996189815,18.17073399979563,18.17073399979563,0.6752740000592894);
INSERT INTO benchmark_results VALUES(105,22,'point_select',234,0,23.3934743622541,0.9622997905842987,0.92368700006773,1.3684149998880457,1.7289769994022208,2.182496999921568,0.4621239995685755);
INSERT INTO benchmark_results VALUES(106,22,'range_scan',52,0,5.198549858278689,2.053547500036774,1.9960770005127415,2.8183520007587504,2.837050000380259,2.837050000380259,1.3653900005010655);
INSERT INTO benchmark_results VALUES(107,22,'update',96,0,9.597322815283732,1.0335349479646538,0.9782890001588385,1.5873429993007449,1.9555869994292152,1.9555869994292152,0.6551230007971753);
INSERT INTO benchmark_results VALUES(108,22,'all',500,0,49.986056329602775,1.1938671720054117,1.014774000395846,2.178221000576741,2.769308000097226,18.17073399979563,0.4621239995685755);
INSERT INTO benchmark_results VALUES(109,23,'aggregate',140,0,13.996868813665868,1.4674467714095436,1.4005729999553296,2.0300989999668673,2.1871940007258672,2.5113609999607434,0.7888549998824601);
INSERT INTO benchmark_results VALUES(110,23,'time_buckets',181,0,18.0959518233823,1.6870224254283566,1.6625369999019313,2.485553000042273,2.7397140001994558,3.05776099958166,0.8298560005641775);
INSERT INTO benchmark_results VALUES(111,23,'top_parents',179,0,17.895996554615646,2.0647057653957988,2.086622999740939,3.072804000112228,3.267625999797019,3.3362789999955567,0.9577480004736572);
INSERT INTO benchmark_results VALUES(112,23,'all',500,0,49.98881719166381,1.7607518780114333,1.7691359998934786,2.7390530003685853,3.100395000728895,3.3362789999955567,0.7888549998824601);
INSERT INTO benchmark_results VALUES(113,24,'child_lookup',190,0,18.998087320063927,0.19886134213696718,0.18288399951416068,0.3089339998041396,0.6788190003135242,0.7404819998555467,0.03169800038449466);
INSERT INTO benchmark_results VALUES(114,24,'point_select',1402,0,140.1858864354191,0.07722073109919629,0.03912800002581207,0.2536709998821607,0.35028599995712284,0.8007429996723658,0.00817199997982243);
INSERT INTO benchmark_results VALUES(115,24,'range_scan',305,0,30.49692964536578,0.2759569737702164,0.24532799943699501,0.4456489996300661,0.6894059997648583,1.276156000130868,0.14802199984842446);
INSERT INTO benchmark_results VALUES(116,24,'update',103,0,10.298963126139919,0.20684843690388044,0.18280399945069803,0.3120680003121379,0.9069719999388326,1.0606020005070604,0.07518300026276847);
INSERT INTO benchmark_results VALUES(117,24,'all',2000,0,199.9798665269887,0.12575969300405632,0.0672309997753473,0.33039599929907126,0.5630349996863515,1.276156000130868,0.00817199997982243);
INSERT INTO benchmark_results VALUES(118,25,'child_lookup',190,0,18.99814658261671,0.05594596314997608,0.04789200011146022,0.12754199997289106,0.16894399959710427,0.17192799987242324,0.013900999874749687);
INSERT INTO benchmark_results VALUES(119,25,'point_select',1402,0,140.18632373067697,0.029464695433699582,0.021892000404477585,0.05956899985903874,0.07199900028354023,0.8551339997211471,0.003956000000471249);
INSERT INTO benchmark_results VALUES(120,25,'range_scan',305,0,30.4970247773584,0.09080324259722132,0.05347099977370817,0.2559239992478979,0.31715699969936395,0.543596999705187,0.013220000255387276);
INSERT INTO benchmark_results VALUES(121,25,'update',103,0,10.29899525268169,0.13671243686102685,0.135303000206477,0.1910069995574304,0.2195999995819875,0.6054089999452117,0.0465299999632407);
INSERT INTO benchmark_results VALUES(122,25,'all',2000,0,199.98049034333377,0.04685780299269027,0.030715999855601694,0.15516200073761865,0.25767599981918465,0.8551339997211471,0.003956000000471249);
INSERT INTO benchmark_results VALUES(123,26,'evidence/in1.test',1,0,5538.461538461538,39.0,39.0,39.0,39.0,39.0,39.0);
INSERT INTO benchmark_results VALUES(124,26,'evidence/slt_lang_update.test',1,0,5400.0,5.0,5.0,5.0,5.0,5.0,5.0);
INSERT INTO benchmark_results VALUES(125,26,'select1.test',1,0,1151.9553072625697,895.0,895.0,895.0,895.0,895.0,895.0);
INSERT INTO benchmark_results VALUES(126,26,'all',3,0,1355.7935079119175,313.0,39.0,895.0,895.0,895.0,5.0);
INSERT INTO benchmark_results VALUES(127,27,'evidence/in1.test',1,0,108000.0,2.0,2.0,2.0,2.0,2.0,2.0);
INSERT INTO benchmark_results VALUES(128,27,'evidence/slt_lang_update.test',1,0,0.0,0.0,0.0,0.0,0.0,0.0,0.0);
INSERT INTO benchmark_results VALUES(129,27,'select1.test',1,0,19092.59259259259,54.0,54.0,54.0,54.0,54.0,54.0);
INSERT INTO benchmark_results VALUES(130,27,'all',3,0,22161.30472674812,18.666666666666668,2.0,54.0,54.0,54.0,0.0);
INSERT INTO benchmark_results VALUES(131,28,'evidence/in1.test',1,0,4235.2941176470595,51.0,51.0,51.0,51.0,51.0,51.0);
INSERT INTO benchmark_results VALUES(132,28,'evidence/slt_lang_update.test',1,0,1500.0,18.0,18.0,18.0,18.0,18.0,18.0);
INSERT INTO benchmark_results VALUES(133,28,'select1.test',1,0,760.8856088560885,1355.0,1355.0,1355.0,1355.0,1355.0,1355.0);
INSERT INTO benchmark_results VALUES(134,28,'all',3,0,893.2609263690229,474.66666666666663,51.0,1355.0,1355.0,1355.0,18.0);
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
CREATE VIEW IF NOT EXISTS latest_engine_runs AS
SELECT r.run_id, r.engine, r.dialect FROM test_runs r
WHERE r.completed_at IS NOT NULL AND r.dialect IS NOT NULL AND r.engine IS NOT NULL
  AND r.run_id = (SELECT MAX(later.run_id) FROM test_runs later WHERE later.engine = r.engine
                  AND later.dialect = r.dialect AND later.completed_at IS NOT NULL);
CREATE VIEW IF NOT EXISTS engine_outcomes AS
SELECT l.dialect, l.engine, l.run_id, res.file_path, CASE WHEN res.status = 'PASS' THEN 1 ELSE 0 END AS passed,
       CASE WHEN l.engine IN ('apsw', 'libsql', 'limbo', 'sqlite', 'turso', 'vibesql') THEN 1 ELSE 0 END AS sqlite_family
FROM latest_engine_runs l JOIN test_results res ON res.run_id = l.run_id
WHERE res.status <> 'UNTESTED';
CREATE VIEW IF NOT EXISTS oracle_votes AS
SELECT o.dialect, o.engine, o.run_id, o.file_path,
       CASE WHEN t.voters - t.passing = 1 THEN 'engine bug'
            WHEN o.sqlite_family = 0 AND t.family > 0 AND t.family_failing = 0 AND t.others_passing = 0
                 THEN 'dialect'
            ELSE 'contested' END AS verdict,
       t.voters, t.passing
FROM engine_outcomes o
JOIN (SELECT dialect, file_path, COUNT(*) AS voters, SUM(passed) AS passing, SUM(sqlite_family) AS family,
             SUM(CASE WHEN sqlite_family = 1 AND passed = 0 THEN 1 ELSE 0 END) AS family_failing,
             SUM(CASE WHEN sqlite_family = 0 AND passed = 1 THEN 1 ELSE 0 END) AS others_passing
      FROM engine_outcomes GROUP BY dialect, file_path) t
  ON t.dialect = o.dialect AND t.file_path = o.file_path
WHERE o.passed = 0 AND t.voters >= 2;
COMMIT;
